// The ledger's queries as of a date, its allocations, and customer
// statements (relance_statement_list_*): shims over relance::Ledger's const
// member functions.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ledger_columns.h"
#include "relance.h"
#include "relance/ledger.h"
#include "shim.h"

struct relance_statement_list {
  std::vector<relance::Statement> statements;
};

namespace {

using relance::Date;
using relance::Money;
using relance::StatementLine;
using namespace relance::capi;

using AmountQuery = absl::StatusOr<Money> (relance::Ledger::*)(std::string_view, Date) const;
using PerCurrencyQuery =
    absl::StatusOr<std::vector<Money>> (relance::Ledger::*)(std::string_view, Date) const;

// One amount of one document as of a date (open amount, unapplied, disputed).
relance_status AmountAsOf(absl::string_view function, AmountQuery query,
                          const relance_ledger* ledger, const char* id, absl::string_view name,
                          int32_t as_of, relance_money* out) {
  return Guard(function, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(function, "ledger");
    std::string_view key;
    if (relance_status s = ReadId(id, function, name, &key)) return s;
    Date d;
    if (relance_status s = ReadDate(as_of, function, "as_of", &d)) return s;
    if (out == nullptr) return NullArgument(function, "out");
    absl::StatusOr<Money> amount = (ledger->ledger.*query)(key, d);
    if (!amount.ok()) return Fail(amount.status(), function);
    relance_money result;
    if (relance_status s = WriteMoney(*amount, function, &result)) return s;
    *out = result;
    return RELANCE_OK;
  });
}

// One amount per currency of a customer as of a date, into a caller array.
relance_status PerCurrencyAsOf(absl::string_view function, PerCurrencyQuery query,
                               const relance_ledger* ledger, const char* customer_id,
                               int32_t as_of, relance_money* out, size_t capacity,
                               absl::string_view out_name, size_t* out_count) {
  return Guard(function, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(function, "ledger");
    std::string_view key;
    if (relance_status s = ReadId(customer_id, function, "customer_id", &key)) return s;
    Date d;
    if (relance_status s = ReadDate(as_of, function, "as_of", &d)) return s;
    if (out == nullptr && capacity > 0) return NullArgument(function, out_name);
    if (out_count == nullptr) return NullArgument(function, "out_count");
    absl::StatusOr<std::vector<Money>> amounts = (ledger->ledger.*query)(key, d);
    if (!amounts.ok()) return Fail(amounts.status(), function);
    std::vector<relance_money> result(amounts->size());
    for (size_t i = 0; i < result.size(); ++i) {
      if (relance_status s = WriteMoney((*amounts)[i], function, &result[i])) return s;
    }
    *out_count = result.size();
    if (capacity < result.size()) {
      return Fail(RELANCE_E_BUFFER_TOO_SMALL, function,
                  absl::StrCat("needs room for ", result.size(), " amounts, '", out_name,
                               "' has ", capacity));
    }
    std::copy(result.begin(), result.end(), out);
    return RELANCE_OK;
  });
}

relance_statement_line_kind LineKind(StatementLine::Kind kind) {
  switch (kind) {
    case StatementLine::Kind::kItem: return RELANCE_STATEMENT_ITEM;
    case StatementLine::Kind::kPayment: return RELANCE_STATEMENT_PAYMENT;
    case StatementLine::Kind::kWriteOff: return RELANCE_STATEMENT_WRITE_OFF;
    case StatementLine::Kind::kSettlement: return RELANCE_STATEMENT_SETTLEMENT;
  }
  return RELANCE_STATEMENT_ITEM;
}

// Minor units of a statement amount (within int64 by the ledger's
// invariants; checked all the same).
relance_status Units(const Money& m, absl::string_view function, int64_t* out) {
  absl::StatusOr<std::int64_t> units = m.minor_units_int64();
  if (!units.ok()) return Fail(units.status(), function);
  *out = *units;
  return RELANCE_OK;
}

relance_status LinePast(absl::string_view function, size_t line, size_t count) {
  return Fail(RELANCE_E_INVALID_ARGUMENT, function,
              absl::StrCat("argument 'line': ", line, " is not below the count ", count));
}

}  // namespace

extern "C" {

size_t relance_ledger_customer_count(const relance_ledger* ledger) {
  return ledger == nullptr ? 0 : ledger->ledger.customer_count();
}
size_t relance_ledger_item_count(const relance_ledger* ledger) {
  return ledger == nullptr ? 0 : ledger->ledger.item_count();
}
size_t relance_ledger_payment_count(const relance_ledger* ledger) {
  return ledger == nullptr ? 0 : ledger->ledger.payment_count();
}
size_t relance_ledger_allocation_count(const relance_ledger* ledger) {
  return ledger == nullptr ? 0 : ledger->ledger.allocation_count();
}

relance_status relance_ledger_open_amount(const relance_ledger* ledger, const char* item_id,
                                          int32_t as_of, relance_money* out) {
  return AmountAsOf("relance_ledger_open_amount", &relance::Ledger::OpenAmount, ledger,
                    item_id, "item_id", as_of, out);
}

relance_status relance_ledger_unapplied(const relance_ledger* ledger, const char* payment_id,
                                        int32_t as_of, relance_money* out) {
  return AmountAsOf("relance_ledger_unapplied", &relance::Ledger::Unapplied, ledger,
                    payment_id, "payment_id", as_of, out);
}

relance_status relance_ledger_disputed(const relance_ledger* ledger, const char* item_id,
                                       int32_t as_of, relance_money* out) {
  return AmountAsOf("relance_ledger_disputed", &relance::Ledger::Disputed, ledger, item_id,
                    "item_id", as_of, out);
}

relance_status relance_ledger_balance(const relance_ledger* ledger, const char* customer_id,
                                      int32_t as_of, relance_money* out_balances,
                                      size_t capacity, size_t* out_count) {
  return PerCurrencyAsOf("relance_ledger_balance", &relance::Ledger::Balance, ledger,
                         customer_id, as_of, out_balances, capacity, "out_balances", out_count);
}

relance_status relance_ledger_unapplied_cash(const relance_ledger* ledger,
                                             const char* customer_id, int32_t as_of,
                                             relance_money* out_amounts, size_t capacity,
                                             size_t* out_count) {
  return PerCurrencyAsOf("relance_ledger_unapplied_cash", &relance::Ledger::UnappliedCash,
                         ledger, customer_id, as_of, out_amounts, capacity, "out_amounts",
                         out_count);
}

relance_status relance_ledger_allocation(const relance_ledger* ledger, int64_t index,
                                         relance_allocation* out) {
  constexpr absl::string_view kFn = "relance_ledger_allocation";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<relance::Allocation> a = ledger->ledger.GetAllocation(index);
    if (!a.ok()) return Fail(a.status(), kFn);
    relance_allocation result;
    result.index = a->index;
    result.source = a->source == relance::AllocationSource::kPayment
                        ? RELANCE_ALLOCATION_FROM_PAYMENT
                        : RELANCE_ALLOCATION_FROM_CREDIT_NOTE;
    result.date = a->date.days();
    result.reversed = a->reversed.has_value() ? a->reversed->days() : RELANCE_NO_DATE;
    result.reserved = 0;
    if (relance_status s = WriteMoney(a->amount, kFn, &result.amount)) return s;
    // Per-thread storage, documented in relance.h: valid until the next
    // call on this thread.
    thread_local std::string source_id, item_id;
    source_id = std::move(a->source_id);
    item_id = std::move(a->item_id);
    result.source_id = source_id.c_str();
    result.item_id = item_id.c_str();
    *out = result;
    return RELANCE_OK;
  });
}

relance_status relance_ledger_statements(const relance_ledger* ledger, const char* customer_id,
                                         int32_t from, int32_t to,
                                         relance_statement_list** out) {
  constexpr absl::string_view kFn = "relance_ledger_statements";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    std::string_view key;
    if (relance_status s = ReadId(customer_id, kFn, "customer_id", &key)) return s;
    Date first, last;
    if (relance_status s = ReadDate(from, kFn, "from", &first)) return s;
    if (relance_status s = ReadDate(to, kFn, "to", &last)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<std::vector<relance::Statement>> statements =
        ledger->ledger.Statements(key, first, last);
    if (!statements.ok()) return Fail(statements.status(), kFn);
    *out = new relance_statement_list{*std::move(statements)};
    return RELANCE_OK;
  });
}

size_t relance_statement_list_count(const relance_statement_list* list) {
  return list == nullptr ? 0 : list->statements.size();
}

relance_status relance_statement_list_info(const relance_statement_list* list, size_t index,
                                           relance_statement_info* out) {
  constexpr absl::string_view kFn = "relance_statement_list_info";
  return Guard(kFn, [&]() -> relance_status {
    if (list == nullptr) return NullArgument(kFn, "list");
    if (relance_status s = CheckIndex(index, list->statements.size(), kFn)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    const relance::Statement& st = list->statements[index];
    relance_statement_info result;
    WriteCode(st.currency, result.currency);
    result.from = st.from.days();
    result.to = st.to.days();
    result.reserved = 0;
    if (relance_status s = Units(st.opening, kFn, &result.opening)) return s;
    if (relance_status s = Units(st.closing, kFn, &result.closing)) return s;
    result.line_count = st.lines.size();
    *out = result;
    return RELANCE_OK;
  });
}

relance_status relance_statement_list_line(const relance_statement_list* list, size_t index,
                                           size_t line, relance_statement_line* out) {
  constexpr absl::string_view kFn = "relance_statement_list_line";
  return Guard(kFn, [&]() -> relance_status {
    if (list == nullptr) return NullArgument(kFn, "list");
    if (relance_status s = CheckIndex(index, list->statements.size(), kFn)) return s;
    const std::vector<StatementLine>& lines = list->statements[index].lines;
    if (line >= lines.size()) return LinePast(kFn, line, lines.size());
    if (out == nullptr) return NullArgument(kFn, "out");
    const StatementLine& l = lines[line];
    relance_statement_line result;
    result.date = l.date.days();
    result.kind = LineKind(l.kind);
    result.id = l.id.c_str();
    result.reference = l.reference.c_str();
    if (relance_status s = Units(l.debit, kFn, &result.debit)) return s;
    if (relance_status s = Units(l.credit, kFn, &result.credit)) return s;
    if (relance_status s = Units(l.balance, kFn, &result.balance)) return s;
    *out = result;
    return RELANCE_OK;
  });
}

void relance_statement_list_destroy(relance_statement_list* list) { delete list; }

}  // extern "C"
