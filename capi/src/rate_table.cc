// relance_rate_table_* and relance_jurisdiction_statutory_rate: shims over
// RateTable and the statutory half-year rule (rate_table.h).

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "handles.h"
#include "relance.h"
#include "relance/jurisdiction.h"
#include "relance/rate_table.h"
#include "shim.h"

namespace {

using relance::Date;
using relance::Decimal;
using relance::RateChange;
using relance::RateTable;
using namespace relance::capi;

// The changes of the parallel arrays, each checked and named by index.
relance_status ReadChanges(const int32_t* dates, const relance_decimal* percents, size_t count,
                           absl::string_view function, std::vector<RateChange>* out) {
  out->resize(count);
  for (size_t i = 0; i < count; ++i) {
    const std::string date_name = absl::StrCat("effective_dates[", i, "]");
    if (relance_status s = ReadDate(dates[i], function, date_name, &(*out)[i].effective)) {
      return s;
    }
    const std::string percent_name = absl::StrCat("percents[", i, "]");
    if (relance_status s = ReadDecimal(&percents[i], function, percent_name, &(*out)[i].percent)) {
      return s;
    }
  }
  return RELANCE_OK;
}

}  // namespace

extern "C" {

relance_status relance_rate_table_create(const char* name, const int32_t* effective_dates,
                                         const relance_decimal* percents, size_t count,
                                         relance_rate_table** out) {
  constexpr absl::string_view kFn = "relance_rate_table_create";
  return Guard(kFn, [&]() -> relance_status {
    if (name == nullptr) return NullArgument(kFn, "name");
    if (effective_dates == nullptr) return NullArgument(kFn, "effective_dates");
    if (percents == nullptr) return NullArgument(kFn, "percents");
    if (out == nullptr) return NullArgument(kFn, "out");
    std::vector<RateChange> changes;
    if (relance_status s = ReadChanges(effective_dates, percents, count, kFn, &changes)) {
      return s;
    }
    absl::StatusOr<RateTable> table = RateTable::Create(name, std::move(changes));
    if (!table.ok()) return Fail(table.status(), kFn);
    *out = new relance_rate_table{*std::move(table)};
    return RELANCE_OK;
  });
}

relance_status relance_rate_table_create_ecb_mro(relance_rate_table** out) {
  constexpr absl::string_view kFn = "relance_rate_table_create_ecb_mro";
  return Guard(kFn, [&]() -> relance_status {
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = new relance_rate_table{relance::EcbMainRefinancingRate()};
    return RELANCE_OK;
  });
}

void relance_rate_table_destroy(relance_rate_table* table) { delete table; }

relance_status relance_rate_table_name(const relance_rate_table* table, const char** out_name) {
  constexpr absl::string_view kFn = "relance_rate_table_name";
  return Guard(kFn, [&]() -> relance_status {
    if (table == nullptr) return NullArgument(kFn, "table");
    if (out_name == nullptr) return NullArgument(kFn, "out_name");
    *out_name = table->table.name().c_str();
    return RELANCE_OK;
  });
}

size_t relance_rate_table_count(const relance_rate_table* table) {
  return table == nullptr ? 0 : table->table.changes().size();
}

relance_status relance_rate_table_at(const relance_rate_table* table, size_t index,
                                     int32_t* out_effective, relance_decimal* out_percent) {
  constexpr absl::string_view kFn = "relance_rate_table_at";
  return Guard(kFn, [&]() -> relance_status {
    if (table == nullptr) return NullArgument(kFn, "table");
    if (relance_status s = CheckIndex(index, table->table.changes().size(), kFn)) return s;
    if (out_effective == nullptr) return NullArgument(kFn, "out_effective");
    if (out_percent == nullptr) return NullArgument(kFn, "out_percent");
    const RateChange& change = table->table.changes()[index];
    *out_effective = change.effective.days();  // checked when the table was made
    WriteDecimal(change.percent, out_percent);
    return RELANCE_OK;
  });
}

relance_status relance_rate_table_rate_on(const relance_rate_table* table, int32_t day,
                                          relance_decimal* out_percent) {
  constexpr absl::string_view kFn = "relance_rate_table_rate_on";
  return Guard(kFn, [&]() -> relance_status {
    if (table == nullptr) return NullArgument(kFn, "table");
    Date d;
    if (relance_status s = ReadDate(day, kFn, "day", &d)) return s;
    if (out_percent == nullptr) return NullArgument(kFn, "out_percent");
    absl::StatusOr<Decimal> rate = table->table.RateOn(d);
    if (!rate.ok()) return Fail(rate.status(), kFn);
    WriteDecimal(*rate, out_percent);
    return RELANCE_OK;
  });
}

relance_status relance_jurisdiction_statutory_rate(relance_jurisdiction jurisdiction,
                                                   int32_t day,
                                                   const relance_rate_table* reference,
                                                   relance_decimal* out_percent) {
  constexpr absl::string_view kFn = "relance_jurisdiction_statutory_rate";
  return Guard(kFn, [&]() -> relance_status {
    relance::Jurisdiction j;
    if (relance_status s = ReadEnum(EnumValue(jurisdiction), relance::kJurisdictionCount, kFn,
                                    "jurisdiction", "relance_jurisdiction", &j)) {
      return s;
    }
    Date d;
    if (relance_status s = ReadDate(day, kFn, "day", &d)) return s;
    if (out_percent == nullptr) return NullArgument(kFn, "out_percent");
    const RateTable& table =
        reference == nullptr ? relance::EcbMainRefinancingRate() : reference->table;
    absl::StatusOr<Decimal> rate = relance::StatutoryRate(j, d, table);
    if (!rate.ok()) return Fail(rate.status(), kFn);
    WriteDecimal(*rate, out_percent);
    return RELANCE_OK;
  });
}

}  // extern "C"
