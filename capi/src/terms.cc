// relance_terms_* (but the legal check) and relance_installment_list_*:
// shims over PaymentTerms, DueDates and FinalDueDate (payment_terms.h).

#include <string>
#include <utility>
#include <vector>

#include "handles.h"
#include "relance.h"
#include "relance/payment_terms.h"
#include "shim.h"

struct relance_installment_list {
  std::vector<relance_installment> installments;  // dates and amounts checked
};

namespace {

using relance::Date;
using relance::Installment;
using relance::Money;
using relance::PaymentTerms;
using namespace relance::capi;

// The C form of one installment; fails on a date outside years 1..9999.
relance_status WriteInstallment(const Installment& in, absl::string_view function,
                                relance_installment* out) {
  relance_installment r{};
  if (relance_status s = WriteDate(in.due_date, function, &r.due_date)) return s;
  if (relance_status s = WriteMoney(in.amount, function, &r.amount)) return s;
  if (!in.early_payment) {
    const Money zero = Money::Zero(in.amount.currency());
    if (relance_status s = WriteMoney(zero, function, &r.discount)) return s;
    if (relance_status s = WriteMoney(zero, function, &r.discounted_amount)) return s;
    *out = r;
    return RELANCE_OK;
  }
  const relance::EarlyPayment& early = *in.early_payment;
  r.has_early_payment = 1;
  if (relance_status s = WriteDate(early.deadline, function, &r.discount_deadline)) return s;
  if (relance_status s = WriteMoney(early.discount, function, &r.discount)) return s;
  if (relance_status s = WriteMoney(early.discounted_amount, function, &r.discounted_amount)) {
    return s;
  }
  *out = r;
  return RELANCE_OK;
}

}  // namespace

extern "C" {

relance_status relance_terms_create(const char* text, size_t length, relance_terms** out) {
  constexpr absl::string_view kFn = "relance_terms_create";
  return Guard(kFn, [&]() -> relance_status {
    if (text == nullptr && length > 0) return NullArgument(kFn, "text");
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<PaymentTerms> terms =
        PaymentTerms::Parse(std::string_view(text == nullptr ? "" : text, length));
    if (!terms.ok()) return Fail(terms.status(), kFn);
    *out = new relance_terms{*std::move(terms)};
    return RELANCE_OK;
  });
}

void relance_terms_destroy(relance_terms* terms) { delete terms; }

relance_status relance_terms_format(const relance_terms* terms, char* buffer, size_t capacity,
                                    size_t* out_length) {
  constexpr absl::string_view kFn = "relance_terms_format";
  return Guard(kFn, [&]() -> relance_status {
    if (terms == nullptr) return NullArgument(kFn, "terms");
    if (buffer == nullptr && capacity > 0) return NullArgument(kFn, "buffer");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    return CopyText(terms->terms.ToString(), kFn, buffer, capacity, out_length);
  });
}

relance_status relance_terms_final_due_date(const relance_terms* terms, int32_t invoice_date,
                                            int32_t* out_date) {
  constexpr absl::string_view kFn = "relance_terms_final_due_date";
  return Guard(kFn, [&]() -> relance_status {
    if (terms == nullptr) return NullArgument(kFn, "terms");
    Date invoice;
    if (relance_status s = ReadDate(invoice_date, kFn, "invoice_date", &invoice)) return s;
    if (out_date == nullptr) return NullArgument(kFn, "out_date");
    return WriteDate(relance::FinalDueDate(terms->terms, invoice), kFn, out_date);
  });
}

relance_status relance_terms_due_dates(const relance_terms* terms, int32_t invoice_date,
                                       const relance_money* amount,
                                       relance_installment_list** out) {
  constexpr absl::string_view kFn = "relance_terms_due_dates";
  return Guard(kFn, [&]() -> relance_status {
    if (terms == nullptr) return NullArgument(kFn, "terms");
    Date invoice;
    if (relance_status s = ReadDate(invoice_date, kFn, "invoice_date", &invoice)) return s;
    Money total = Money::Zero(relance::Currency::All().front());
    if (relance_status s = ReadMoney(amount, kFn, "amount", &total)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<std::vector<Installment>> due = relance::DueDates(terms->terms, invoice, total);
    if (!due.ok()) return Fail(due.status(), kFn);
    std::vector<relance_installment> installments(due->size());
    for (size_t i = 0; i < due->size(); ++i) {
      if (relance_status s = WriteInstallment((*due)[i], kFn, &installments[i])) return s;
    }
    *out = new relance_installment_list{std::move(installments)};
    return RELANCE_OK;
  });
}

size_t relance_installment_list_count(const relance_installment_list* list) {
  return list == nullptr ? 0 : list->installments.size();
}

relance_status relance_installment_list_at(const relance_installment_list* list, size_t index,
                                           relance_installment* out) {
  constexpr absl::string_view kFn = "relance_installment_list_at";
  return Guard(kFn, [&]() -> relance_status {
    if (list == nullptr) return NullArgument(kFn, "list");
    if (relance_status s = CheckIndex(index, list->installments.size(), kFn)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = list->installments[index];
    return RELANCE_OK;
  });
}

void relance_installment_list_destroy(relance_installment_list* list) { delete list; }

}  // extern "C"
