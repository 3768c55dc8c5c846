// Loading a ledger from CSV for the relance tool (cli.h), with progress on
// stderr when it is a terminal.

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli.h"

namespace cli {
namespace {

struct Progress {
  bool terminal = isatty(STDERR_FILENO) != 0;
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last = start;
  bool shown = false;
};

// Called by relance while it imports (relance_progress_fn).
void OnProgress(const char* stage, uint64_t done, uint64_t total, void* user_data) {
  Progress& p = *static_cast<Progress*>(user_data);
  const auto now = std::chrono::steady_clock::now();
  if (!p.terminal || now - p.last < std::chrono::milliseconds(100)) return;
  if (now - p.start < std::chrono::milliseconds(300)) return;  // short imports stay silent
  p.last = now;
  p.shown = true;
  const double seconds = std::chrono::duration<double>(now - p.start).count();
  if (total > 0) {
    std::fprintf(stderr, "\r\033[K%s: %3.0f %%  (%.1f s)", stage, 100.0 * static_cast<double>(done) / static_cast<double>(total), seconds);
  } else {
    std::fprintf(stderr, "\r\033[K%s  (%.1f s)", stage, seconds);
  }
}

}  // namespace

Ledger LoadLedger(const std::string& path, bool quiet_errors) {
  relance_import_options options;
  Check(relance_import_options_init(&options, sizeof options), "import options");
  Progress progress;
  options.progress = OnProgress;
  options.progress_user_data = &progress;
  relance_ledger* raw = nullptr;
  relance_import_errors* raw_errors = nullptr;
  const relance_status status = relance_ledger_import(path.c_str(), &options, &raw, &raw_errors);
  if (progress.shown) std::fprintf(stderr, "\r\033[K");
  Ledger ledger(raw);
  Handle<relance_import_errors, relance_import_errors_destroy> errors(raw_errors);
  if (status == RELANCE_OK) return ledger;
  const std::string summary = relance_last_error_message();
  const std::size_t count = relance_import_errors_count(errors.get());
  if (!quiet_errors) {
    for (std::size_t i = 0; i < count; ++i) {
      relance_import_error e{};
      Check(relance_import_errors_at(errors.get(), i, &e), "import error");
      std::cerr << e.file;
      if (e.line > 0) std::cerr << ":" << e.line;
      if (e.column[0] != '\0') std::cerr << ": column " << e.column;
      std::cerr << ": " << e.reason << "\n";
    }
  }
  if (count == 0) throw Failure(1, "relance: cannot load " + path + ": " + summary);
  throw Failure(1, "relance: " + path + ": " + std::to_string(count) +
                       (count == 1 ? " error" : " errors") + "; nothing loaded");
}

}  // namespace cli
