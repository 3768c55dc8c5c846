// The relance command-line tool: shared declarations. The tool uses the C
// ABI (relance.h) only, so anything it does an integrator can do too.

#ifndef RELANCE_EXAMPLES_CLI_CLI_H_
#define RELANCE_EXAMPLES_CLI_CLI_H_

#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "relance.h"

namespace cli {

// A failure that ends the command: printed on stderr, then exit(code).
// Code 2 is a usage error (bad arguments), 1 a failure on the data.
struct Failure : std::runtime_error {
  Failure(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

[[noreturn]] void Usage(const std::string& command, const std::string& message);

// Throws Failure(1) with `what` and relance's message when status != OK.
void Check(relance_status status, const std::string& what);

// Owning handles: Handle<relance_ledger, relance_ledger_destroy>.
template <typename T, void (*Destroy)(T*)>
struct Deleter {
  void operator()(T* p) const { Destroy(p); }
};
template <typename T, void (*Destroy)(T*)>
using Handle = std::unique_ptr<T, Deleter<T, Destroy>>;

// The command line after the subcommand: positional arguments and
// --name value / --name=value options, each read once.
class Args {
 public:
  Args(std::string command, int argc, char** argv, const std::vector<std::string>& flags);
  const std::string& command() const { return command_; }
  bool help() const { return help_; }
  // The i-th positional argument; `name` is for the error message.
  std::string Positional(std::size_t i, const std::string& name);
  std::string Option(const std::string& name, const std::string& fallback);
  bool Has(const std::string& name) const { return options_.count(name) > 0; }
  bool Flag(const std::string& name) const;
  // Options read as a date (YYYY-MM-DD) or an int; Usage on a bad value.
  int32_t DateOption(const std::string& name);
  int32_t DateOption(const std::string& name, int32_t fallback);
  int64_t IntOption(const std::string& name, int64_t fallback, int64_t min, int64_t max);
  // One of `choices` (case-insensitive), returned in lowercase.
  std::string Choice(const std::string& name, const std::vector<std::string>& choices,
                     const std::string& fallback);
  // Fails on options nobody read and on extra positional arguments.
  void Finish(std::size_t positional_count);

 private:
  std::string command_;
  std::vector<std::string> positional_;
  std::map<std::string, std::string> options_;
  std::map<std::string, bool> read_;
  std::vector<std::string> flags_;
  bool help_ = false;
};

// ---- values ---------------------------------------------------------------
int32_t ParseDate(const std::string& text);  // throws Failure(2)
std::string DateText(int32_t days);
// "1234.50" in the currency's minor units; with grouping "1,234.50".
std::string Amount(int64_t units, const char* currency, bool grouping);
std::string DecimalText(const relance_decimal& d);
std::string Grouped(int64_t n);  // 1234567 -> "1,234,567"

// ---- output ---------------------------------------------------------------
enum class Align { kLeft, kRight };

// An aligned text table: a header line, a rule, the rows.
class Table {
 public:
  explicit Table(std::vector<std::string> header, std::vector<Align> align = {});
  void Add(std::vector<std::string> row);
  void Rule();  // a separator line before the next row (totals)
  void Print(std::ostream& out) const;
  bool empty() const { return rows_.empty(); }

 private:
  std::vector<std::string> header_;
  std::vector<Align> align_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::size_t> rules_;
};

std::string CsvField(const std::string& s);
std::string JsonString(const std::string& s);

// ---- the ledger -------------------------------------------------------------
using Ledger = Handle<relance_ledger, relance_ledger_destroy>;

// Loads a canonical directory or an open-items file; on errors prints each
// (file, line, column, reason) on stderr and throws Failure(1). Shows
// progress on stderr when it is a terminal.
Ledger LoadLedger(const std::string& path, bool quiet_errors = false);

// ---- the subcommands --------------------------------------------------------
int RunCheck(int argc, char** argv);
int RunAging(int argc, char** argv);
int RunKpi(int argc, char** argv);
int RunStatement(int argc, char** argv);
int RunInterest(int argc, char** argv);
int RunTerms(int argc, char** argv);
int RunDemo(int argc, char** argv, const std::string& self);

}  // namespace cli

#endif  // RELANCE_EXAMPLES_CLI_CLI_H_
