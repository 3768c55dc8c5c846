// relance_ledger_create/destroy and the ledger's mutations: shims over
// relance::Ledger's bulk calls. Every column is read and checked
// (ColumnReader) before the core sees it; the core is all-or-nothing, so a
// failed call changes nothing.

#include <string_view>
#include <vector>

#include "ledger_columns.h"
#include "relance.h"
#include "relance/ledger.h"
#include "shim.h"

namespace {

using relance::AllocationSource;
using relance::Currency;
using relance::Date;
using relance::ItemKind;
using namespace relance::capi;

using Texts = std::vector<std::string_view>;
using Dates = std::vector<Date>;
using Amounts = absl::Span<const std::int64_t>;

relance_status Done(const absl::Status& status, absl::string_view function) {
  return status.ok() ? RELANCE_OK : Fail(status, function);
}

}  // namespace

extern "C" {

relance_status relance_ledger_create(relance_ledger** out) {
  constexpr absl::string_view kFn = "relance_ledger_create";
  return Guard(kFn, [&]() -> relance_status {
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = new relance_ledger();
    return RELANCE_OK;
  });
}

void relance_ledger_destroy(relance_ledger* ledger) { delete ledger; }

relance_status relance_ledger_add_customers(relance_ledger* ledger, size_t count,
                                            const char* const* ids, const char* const* names,
                                            const char* const* segments,
                                            const int64_t* credit_limits,
                                            const char* const* credit_limit_currencies,
                                            const char* const* terms) {
  constexpr absl::string_view kFn = "relance_ledger_add_customers";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    const ColumnReader read(kFn, count);
    Texts id_column, name_column, segment_column, terms_column;
    std::vector<std::optional<relance::Money>> limits;
    if (relance_status s = read.Texts(ids, "ids", true, &id_column)) return s;
    if (relance_status s = read.Texts(names, "names", false, &name_column)) return s;
    if (relance_status s = read.Texts(segments, "segments", false, &segment_column)) return s;
    if (relance_status s = read.CreditLimits(credit_limits, credit_limit_currencies, &limits)) {
      return s;
    }
    if (relance_status s = read.Texts(terms, "terms", false, &terms_column)) return s;
    return Done(ledger->ledger.AddCustomers({.ids = id_column,
                                             .names = name_column,
                                             .segments = segment_column,
                                             .credit_limits = limits,
                                             .terms = terms_column}),
                kFn);
  });
}

relance_status relance_ledger_add_items(relance_ledger* ledger, size_t count,
                                        const char* const* ids, const char* const* customer_ids,
                                        const int32_t* kinds, const int32_t* document_dates,
                                        const int32_t* due_dates, const int64_t* amounts,
                                        const char* const* currencies,
                                        const char* const* references,
                                        const int64_t* open_amounts) {
  constexpr absl::string_view kFn = "relance_ledger_add_items";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    const ColumnReader read(kFn, count);
    Texts id_column, customer_column, reference_column;
    std::vector<ItemKind> kind_column;
    Dates document_column, due_column;
    Amounts amount_column, open_column;
    std::vector<Currency> currency_column;
    if (relance_status s = read.Texts(ids, "ids", true, &id_column)) return s;
    if (relance_status s = read.Texts(customer_ids, "customer_ids", true, &customer_column)) {
      return s;
    }
    if (relance_status s = read.Kinds(kinds, &kind_column)) return s;
    if (relance_status s =
            read.Dates(document_dates, "document_dates", true, false, &document_column)) {
      return s;
    }
    if (relance_status s = read.Dates(due_dates, "due_dates", false, true, &due_column)) {
      return s;
    }
    if (relance_status s = read.Amounts(amounts, "amounts", true, &amount_column)) return s;
    if (relance_status s = read.Currencies(currencies, "currencies", &currency_column)) return s;
    if (relance_status s = read.Texts(references, "references", false, &reference_column)) {
      return s;
    }
    if (relance_status s = read.Amounts(open_amounts, "open_amounts", false, &open_column)) {
      return s;
    }
    return Done(ledger->ledger.AddItems({.ids = id_column,
                                         .customer_ids = customer_column,
                                         .kinds = kind_column,
                                         .document_dates = document_column,
                                         .due_dates = due_column,
                                         .amounts = amount_column,
                                         .currencies = currency_column,
                                         .references = reference_column,
                                         .open_amounts = open_column}),
                kFn);
  });
}

relance_status relance_ledger_add_payments(relance_ledger* ledger, size_t count,
                                           const char* const* ids,
                                           const char* const* customer_ids,
                                           const int32_t* value_dates, const int64_t* amounts,
                                           const char* const* currencies,
                                           const char* const* references) {
  constexpr absl::string_view kFn = "relance_ledger_add_payments";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    const ColumnReader read(kFn, count);
    Texts id_column, customer_column, reference_column;
    Dates date_column;
    Amounts amount_column;
    std::vector<Currency> currency_column;
    if (relance_status s = read.Texts(ids, "ids", true, &id_column)) return s;
    if (relance_status s = read.Texts(customer_ids, "customer_ids", true, &customer_column)) {
      return s;
    }
    if (relance_status s = read.Dates(value_dates, "value_dates", true, false, &date_column)) {
      return s;
    }
    if (relance_status s = read.Amounts(amounts, "amounts", true, &amount_column)) return s;
    if (relance_status s = read.Currencies(currencies, "currencies", &currency_column)) return s;
    if (relance_status s = read.Texts(references, "references", false, &reference_column)) {
      return s;
    }
    return Done(ledger->ledger.AddPayments({.ids = id_column,
                                            .customer_ids = customer_column,
                                            .value_dates = date_column,
                                            .amounts = amount_column,
                                            .currencies = currency_column,
                                            .references = reference_column}),
                kFn);
  });
}

relance_status relance_ledger_add_allocations(relance_ledger* ledger, size_t count,
                                              const int32_t* sources,
                                              const char* const* source_ids,
                                              const char* const* item_ids,
                                              const int64_t* amounts, const int32_t* dates,
                                              int64_t* out_first_index) {
  constexpr absl::string_view kFn = "relance_ledger_add_allocations";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    const ColumnReader read(kFn, count);
    std::vector<AllocationSource> source_column;
    Texts source_id_column, item_column;
    Amounts amount_column;
    Dates date_column;
    if (relance_status s = read.Sources(sources, &source_column)) return s;
    if (relance_status s = read.Texts(source_ids, "source_ids", true, &source_id_column)) {
      return s;
    }
    if (relance_status s = read.Texts(item_ids, "item_ids", true, &item_column)) return s;
    if (relance_status s = read.Amounts(amounts, "amounts", true, &amount_column)) return s;
    if (relance_status s = read.Dates(dates, "dates", true, false, &date_column)) return s;
    if (out_first_index == nullptr) return NullArgument(kFn, "out_first_index");
    absl::StatusOr<std::int64_t> first =
        ledger->ledger.AddAllocations({.sources = source_column,
                                       .source_ids = source_id_column,
                                       .item_ids = item_column,
                                       .amounts = amount_column,
                                       .dates = date_column});
    if (!first.ok()) return Fail(first.status(), kFn);
    *out_first_index = *first;
    return RELANCE_OK;
  });
}

relance_status relance_ledger_reverse_allocation(relance_ledger* ledger, int64_t index,
                                                 int32_t date) {
  constexpr absl::string_view kFn = "relance_ledger_reverse_allocation";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    Date d;
    if (relance_status s = ReadDate(date, kFn, "date", &d)) return s;
    return Done(ledger->ledger.ReverseAllocation(index, d), kFn);
  });
}

relance_status relance_ledger_add_write_offs(relance_ledger* ledger, size_t count,
                                             const char* const* item_ids,
                                             const int64_t* amounts, const int32_t* dates,
                                             const char* const* reasons) {
  constexpr absl::string_view kFn = "relance_ledger_add_write_offs";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    const ColumnReader read(kFn, count);
    Texts item_column, reason_column;
    Amounts amount_column;
    Dates date_column;
    if (relance_status s = read.Texts(item_ids, "item_ids", true, &item_column)) return s;
    if (relance_status s = read.Amounts(amounts, "amounts", true, &amount_column)) return s;
    if (relance_status s = read.Dates(dates, "dates", true, false, &date_column)) return s;
    if (relance_status s = read.Texts(reasons, "reasons", false, &reason_column)) return s;
    return Done(ledger->ledger.AddWriteOffs({.item_ids = item_column,
                                             .amounts = amount_column,
                                             .dates = date_column,
                                             .reasons = reason_column}),
                kFn);
  });
}

relance_status relance_ledger_add_disputes(relance_ledger* ledger, size_t count,
                                           const char* const* item_ids,
                                           const int64_t* amounts, const int32_t* raised,
                                           const int32_t* cleared) {
  constexpr absl::string_view kFn = "relance_ledger_add_disputes";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    const ColumnReader read(kFn, count);
    Texts item_column;
    Amounts amount_column;
    Dates raised_column, cleared_column;
    if (relance_status s = read.Texts(item_ids, "item_ids", true, &item_column)) return s;
    if (relance_status s = read.Amounts(amounts, "amounts", true, &amount_column)) return s;
    if (relance_status s = read.Dates(raised, "raised", true, false, &raised_column)) return s;
    if (relance_status s = read.Dates(cleared, "cleared", false, true, &cleared_column)) {
      return s;
    }
    return Done(ledger->ledger.AddDisputes({.item_ids = item_column,
                                            .amounts = amount_column,
                                            .raised = raised_column,
                                            .cleared = cleared_column}),
                kFn);
  });
}

relance_status relance_ledger_auto_match(relance_ledger* ledger, size_t* out_count,
                                         int64_t* out_first_index) {
  constexpr absl::string_view kFn = "relance_ledger_auto_match";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    if (out_count == nullptr) return NullArgument(kFn, "out_count");
    if (out_first_index == nullptr) return NullArgument(kFn, "out_first_index");
    const auto before = static_cast<std::int64_t>(ledger->ledger.allocation_count());
    absl::StatusOr<std::vector<relance::Allocation>> made = ledger->ledger.AutoMatch();
    if (!made.ok()) return Fail(made.status(), kFn);
    // New allocations are appended: their indexes follow `before`.
    *out_count = made->size();
    *out_first_index = made->empty() ? before : made->front().index;
    return RELANCE_OK;
  });
}

}  // extern "C"
