// relance_import_options_init, relance_ledger_import, relance_import_errors_*
// and relance_ledger_export: shims over ImportLedger and ExportLedger
// (relance/csv.h).

#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ledger_columns.h"
#include "relance.h"
#include "relance/csv.h"
#include "shim.h"

struct relance_import_errors {
  std::vector<relance::CsvError> errors;
};

namespace {

using namespace relance::capi;

constexpr size_t kKnownSize = sizeof(relance_import_options);
constexpr absl::string_view kType = "relance_import_options";
constexpr absl::string_view kInit = "relance_import_options_init";

relance_status ReadOptions(const relance_import_options* in, absl::string_view function,
                           relance::CsvImportOptions* out) {
  if (in == nullptr) return RELANCE_OK;  // the defaults
  if (relance_status s = CheckExtensible(in, kKnownSize, kType, "options", kInit, function)) {
    return s;
  }
  if (in->max_errors == 0) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                "argument 'options.max_errors': 0; at least 1 problem must be reported");
  }
  if (in->threads < 0 || in->threads > 256) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument 'options.threads': ", in->threads,
                             " is not 0 (automatic) to 256"));
  }
  out->max_errors = in->max_errors;
  out->threads = in->threads;
  if (in->as_of != RELANCE_NO_DATE) {
    relance::Date day;
    if (relance_status s = ReadDate(in->as_of, function, "options.as_of", &day)) return s;
    out->as_of = day;
  }
  if (in->progress != nullptr) {
    const relance_progress_fn progress = in->progress;
    void* user_data = in->progress_user_data;
    out->progress = [progress, user_data](std::string_view stage, std::uint64_t done,
                                          std::uint64_t total) {
      const std::string text(stage);
      progress(text.c_str(), done, total, user_data);
    };
  }
  return RELANCE_OK;
}

}  // namespace

extern "C" {

relance_status relance_import_options_init(relance_import_options* options, size_t struct_size) {
  return InitExtensible(options, struct_size, kInit, kType, "options",
                        [](relance_import_options* o) {
                          o->max_errors = relance::CsvImportOptions{}.max_errors;
                          o->threads = 0;
                          o->as_of = RELANCE_NO_DATE;
                        });
}

relance_status relance_ledger_import(const char* path, const relance_import_options* options,
                                     relance_ledger** out, relance_import_errors** out_errors) {
  constexpr absl::string_view kFn = "relance_ledger_import";
  return Guard(kFn, [&]() -> relance_status {
    if (path == nullptr) return NullArgument(kFn, "path");
    if (out == nullptr) return NullArgument(kFn, "out");
    relance::CsvImportOptions read;
    if (relance_status s = ReadOptions(options, kFn, &read)) return s;
    if (out_errors != nullptr) *out_errors = nullptr;
    auto list = std::make_unique<relance_import_errors>();
    absl::StatusOr<relance::Ledger> ledger = relance::ImportLedger(path, read, &list->errors);
    if (!ledger.ok()) {
      const relance_status s = Fail(ledger.status(), kFn);
      if (out_errors != nullptr) *out_errors = list.release();
      return s;
    }
    *out = new relance_ledger{*std::move(ledger)};
    return RELANCE_OK;
  });
}

size_t relance_import_errors_count(const relance_import_errors* errors) {
  return errors == nullptr ? 0 : errors->errors.size();
}

relance_status relance_import_errors_at(const relance_import_errors* errors, size_t index,
                                        relance_import_error* out) {
  constexpr absl::string_view kFn = "relance_import_errors_at";
  return Guard(kFn, [&]() -> relance_status {
    if (errors == nullptr) return NullArgument(kFn, "errors");
    if (out == nullptr) return NullArgument(kFn, "out");
    if (relance_status s = CheckIndex(index, errors->errors.size(), kFn)) return s;
    const relance::CsvError& e = errors->errors[index];
    relance_import_error r{};
    r.file = e.file.c_str();
    r.line = e.line;
    r.column = e.column.c_str();
    r.reason = e.reason.c_str();
    r.code = static_cast<int32_t>(e.code);
    *out = r;
    return RELANCE_OK;
  });
}

void relance_import_errors_destroy(relance_import_errors* errors) { delete errors; }

relance_status relance_ledger_export(const relance_ledger* ledger, const char* directory) {
  constexpr absl::string_view kFn = "relance_ledger_export";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    if (directory == nullptr) return NullArgument(kFn, "directory");
    const absl::Status st = relance::ExportLedger(ledger->ledger, directory);
    if (!st.ok()) return Fail(st, kFn);
    return RELANCE_OK;
  });
}

}  // extern "C"
