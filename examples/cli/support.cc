// The relance tool: arguments, values and output formats (cli.h).

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "cli.h"

namespace cli {

void Usage(const std::string& command, const std::string& message) {
  throw Failure(2, "relance " + command + ": " + message + "\n(see: relance " + command +
                       " --help)");
}

void Check(relance_status status, const std::string& what) {
  if (status == RELANCE_OK) return;
  throw Failure(1, what + ": " + relance_last_error_message());
}

Args::Args(std::string command, int argc, char** argv, const std::vector<std::string>& flags)
    : command_(std::move(command)), flags_(flags) {
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      help_ = true;
    } else if (a.rfind("--", 0) == 0 && a.size() > 2) {
      std::string name = a.substr(2), value;
      const std::size_t eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      } else if (std::find(flags_.begin(), flags_.end(), name) != flags_.end()) {
        value = "true";
      } else if (i + 1 < argc) {
        value = argv[++i];
      } else {
        Usage(command_, "--" + name + " needs a value");
      }
      if (options_.count(name) > 0) Usage(command_, "--" + name + " is given twice");
      options_[name] = value;
    } else {
      positional_.push_back(a);
    }
  }
}

std::string Args::Positional(std::size_t i, const std::string& name) {
  if (i >= positional_.size()) Usage(command_, "missing " + name);
  return positional_[i];
}

std::string Args::Option(const std::string& name, const std::string& fallback) {
  read_[name] = true;
  auto it = options_.find(name);
  return it == options_.end() ? fallback : it->second;
}

bool Args::Flag(const std::string& name) const {
  auto it = options_.find(name);
  const_cast<Args*>(this)->read_[name] = true;
  return it != options_.end() && it->second != "false";
}

int32_t Args::DateOption(const std::string& name) {
  if (!Has(name)) Usage(command_, "--" + name + " DATE (YYYY-MM-DD) is required");
  return DateOption(name, 0);
}

int32_t Args::DateOption(const std::string& name, int32_t fallback) {
  if (!Has(name)) return fallback;
  const std::string text = Option(name, "");
  relance_status st = RELANCE_OK;
  int32_t days = 0;
  st = relance_date_parse(text.data(), text.size(), &days);
  if (st != RELANCE_OK) {
    Usage(command_, "--" + name + " expects a date YYYY-MM-DD, got \"" + text + "\"");
  }
  return days;
}

int64_t Args::IntOption(const std::string& name, int64_t fallback, int64_t min, int64_t max) {
  if (!Has(name)) return fallback;
  const std::string text = Option(name, "");
  char* end = nullptr;
  const long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v < min || v > max) {
    Usage(command_, "--" + name + " expects a whole number from " + std::to_string(min) +
                        " to " + std::to_string(max) + ", got \"" + text + "\"");
  }
  return v;
}

std::string Args::Choice(const std::string& name, const std::vector<std::string>& choices,
                         const std::string& fallback) {
  std::string v = Option(name, fallback);
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  if (std::find(choices.begin(), choices.end(), v) == choices.end()) {
    std::string list;
    for (const std::string& c : choices) list += (list.empty() ? "" : "|") + c;
    Usage(command_, "--" + name + " expects " + list + ", got \"" + v + "\"");
  }
  return v;
}

void Args::Finish(std::size_t positional_count) {
  for (const auto& [name, value] : options_) {
    if (!read_.count(name)) Usage(command_, "unknown option --" + name);
  }
  if (positional_.size() > positional_count) {
    Usage(command_, "unexpected argument \"" + positional_[positional_count] + "\"");
  }
}

int32_t ParseDate(const std::string& text) {
  int32_t days = 0;
  if (relance_date_parse(text.data(), text.size(), &days) != RELANCE_OK) {
    throw Failure(2, "expected a date YYYY-MM-DD, got \"" + text + "\"");
  }
  return days;
}

std::string DateText(int32_t days) {
  char buffer[16];
  size_t length = 0;
  Check(relance_date_format(days, buffer, sizeof buffer, &length), "date");
  return std::string(buffer, length);
}

// Inserts a comma every three digits of a run of digits.
std::string GroupDigits(const std::string& digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Grouped(int64_t n) {
  const bool negative = n < 0;
  const unsigned long long magnitude =
      negative ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  return (negative ? "-" : "") + GroupDigits(std::to_string(magnitude));
}

std::string Amount(int64_t units, const char* currency, bool grouping) {
  relance_money m{units, {0}, 0};
  std::memcpy(m.currency, currency, 3);
  char buffer[RELANCE_MONEY_MAX_TEXT + 1];
  size_t length = 0;
  Check(relance_money_format(&m, buffer, sizeof buffer, &length), "amount");
  std::string text(buffer, length);
  if (!grouping) return text;
  const bool negative = !text.empty() && text[0] == '-';
  const std::size_t start = negative ? 1 : 0;
  const std::size_t point = text.find('.') == std::string::npos ? text.size() : text.find('.');
  return (negative ? "-" : "") + GroupDigits(text.substr(start, point - start)) +
         text.substr(point);
}

std::string DecimalText(const relance_decimal& d) {
  char buffer[RELANCE_DECIMAL_MAX_TEXT + 1];
  size_t length = 0;
  Check(relance_decimal_format(&d, buffer, sizeof buffer, &length), "decimal");
  return std::string(buffer, length);
}

Table::Table(std::vector<std::string> header, std::vector<Align> align)
    : header_(std::move(header)), align_(std::move(align)) {
  align_.resize(header_.size(), Align::kRight);
}

void Table::Add(std::vector<std::string> row) {
  row.resize(header_.size());
  rows_.push_back(std::move(row));
}

void Table::Rule() { rules_.push_back(rows_.size()); }

void Table::Print(std::ostream& out) const {
  std::vector<std::size_t> width(header_.size());
  for (std::size_t c = 0; c < header_.size(); ++c) width[c] = header_[c].size();
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  }
  const auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string pad(width[c] - row[c].size(), ' ');
      if (c > 0) text += "  ";
      text += align_[c] == Align::kLeft ? row[c] + pad : pad + row[c];
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  const auto rule = [&]() {
    std::size_t total = 0;
    for (std::size_t w : width) total += w;
    out << std::string(total + 2 * (width.size() - 1), '-') << '\n';
  };
  line(header_);
  rule();
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    if (std::find(rules_.begin(), rules_.end(), r) != rules_.end()) rule();
    line(rows_[r]);
  }
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace cli
