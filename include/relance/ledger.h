// relance/ledger.h -- the receivables ledger: customers, open items,
// payments, matching (allocations), write-offs and disputed amounts, every
// fact with an effective date, queried as of any date.
//
// Vocabulary (DOMAIN.md). An *item* is something a customer owes (invoice,
// installment, debit note, fee, interest) or is owed (credit note). A
// *payment* is money received. An *allocation* (lettrage) applies part of a
// payment or of a credit note to an item. What a payment has not been
// allocated is *unapplied cash*, kept on the customer's account.
//
// Signs. Amounts are exact, in minor units of the item's currency (int64:
// 1250 = 12.50 EUR). Debit items have amounts > 0; credit notes have amounts
// < 0 (they reduce what the customer owes); payments have amounts > 0.
// Allocation and write-off amounts are > 0. The *open amount* of a debit item
// goes from its amount down to 0; that of a credit note from its (negative)
// amount up to 0. The *balance* of a customer in a currency is
//   sum of open amounts of its items - unapplied cash of its payments.
//
// Time. Every fact has an effective date: an item its document date, a
// payment its value date, an allocation its effective date (and its reversal
// date, once reversed), a write-off its date, a dispute the date it was
// raised and the date it was cleared. A query "as of D" sees exactly the
// facts effective on or before D: an item dated after D does not exist yet, a
// payment received after D has not reduced anything. Facts may be entered in
// any date order (back-dated facts are normal).
//
// Invariants, checked on every mutation (kInvalidArgument, or
// kCurrencyMismatch / kNotFound / kAlreadyExists as stated, with a message
// naming the row and the id):
//   - ids are unique per kind (customer, item, payment) and non-empty;
//   - an item's customer exists; its currency's minor units carry the amount
//     exactly (amounts cross as minor units, so this holds by construction);
//   - at every date, the open amount of a debit item stays within
//     [0, amount], that of a credit note within [amount, 0], and the
//     unapplied cash of a payment within [0, amount]: an allocation or a
//     write-off never exceeds what is open on its date or at any later date;
//   - an allocation links a payment or a credit note to a debit item of the
//     same customer and currency, and is effective on or after both the
//     source's date and the item's document date; a reversal on or after the
//     allocation; a write-off on or after the item's document date;
//   - the sum of the absolute amounts of all items and payments of a ledger
//     fits in int64 (9.2e18 minor units), so no sum computed from a ledger
//     can overflow.
// Bulk mutations are all-or-nothing: when any row is wrong nothing is added,
// and the error names the row and the id; its message starts with
// "row N: " (N, the 0-based index into the rows passed), so that an importer
// can map it back to a file and line. When rows break a bound only
// together, the row named is the one that tips it over (see
// AddAllocations). Errors about the call as a whole (columns of different
// lengths) have no row prefix. A failed call leaves the ledger exactly as it
// was.
//
// Storage is column-wise (struct of arrays) with dense internal indexes and
// hash indexes on host ids; current open amounts are kept incrementally and
// the history of allocations and write-offs is indexed by date, so a query as
// of a past date adjusts only for the facts after that date. Items of one
// bulk call are stored clustered by customer.
//
// Thread safety: a Ledger is used by one thread at a time for mutations;
// const member functions may run concurrently with each other (the lazily
// built indexes they use are built under a lock), never with a mutation.

#ifndef RELANCE_LEDGER_H_
#define RELANCE_LEDGER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/money.h"
#include "relance/payment_terms.h"

namespace relance {

// Values are pinned: the C ABI and the CSV format carry them.
enum class ItemKind : std::uint8_t {
  kInvoice = 0,      // "invoice"
  kInstallment = 1,  // "installment": one due date of an invoice
  kDebitNote = 2,    // "debit_note"
  kFee = 3,          // "fee"
  kInterest = 4,     // "interest": late-payment interest charged
  kCreditNote = 5,   // "credit_note": amount < 0
};
inline constexpr int kItemKindCount = 6;

// "invoice", "installment", "debit_note", "fee", "interest", "credit_note";
// "INVALID" for another value.
std::string_view ItemKindName(ItemKind kind);
// The inverse of ItemKindName. Errors: kInvalidArgument listing the names.
absl::StatusOr<ItemKind> ParseItemKind(std::string_view name);

// What an allocation applies: a payment or a credit note (an item).
enum class AllocationSource : std::uint8_t { kPayment = 0, kCreditNote = 1 };

// An absent due date inside a column of dates (ItemRows::due_dates).
inline constexpr Date kNoDate = Date::FromDays(INT32_MIN);

// ---- bulk rows: parallel columns, all of the same length -------------------
// Optional columns may be empty (meaning "none for every row"). String views
// are copied; they need only live for the call.

struct CustomerRows {
  absl::Span<const std::string_view> ids = {};
  absl::Span<const std::string_view> names = {};     // optional
  absl::Span<const std::string_view> segments = {};  // optional
  // Optional credit limits (a row with std::nullopt has none); a limit is
  // >= 0 in any currency.
  absl::Span<const std::optional<Money>> credit_limits = {};
  // Optional default payment terms, in the text form of payment_terms.h;
  // an empty view means none. Items added without a due date get the due
  // date of these terms (single-installment terms only, see AddItems).
  absl::Span<const std::string_view> terms = {};
};

struct ItemRows {
  absl::Span<const std::string_view> ids = {};
  absl::Span<const std::string_view> customer_ids = {};
  absl::Span<const ItemKind> kinds = {};  // optional: all kInvoice
  absl::Span<const Date> document_dates = {};
  absl::Span<const Date> due_dates = {};  // optional; kNoDate for none
  absl::Span<const std::int64_t> amounts = {};  // minor units, signed as above
  absl::Span<const Currency> currencies = {};
  absl::Span<const std::string_view> references = {};  // optional
  // Optional: the open amount when the item enters the ledger, for books
  // loaded from an open-items export that carries no history. The settled
  // part (amount - open) is recorded as a prior settlement effective on the
  // document date (the export does not say when it happened).
  absl::Span<const std::int64_t> open_amounts = {};
};

struct PaymentRows {
  absl::Span<const std::string_view> ids = {};
  absl::Span<const std::string_view> customer_ids = {};
  absl::Span<const Date> value_dates = {};
  absl::Span<const std::int64_t> amounts = {};  // minor units, > 0
  absl::Span<const Currency> currencies = {};
  absl::Span<const std::string_view> references = {};  // optional
};

struct AllocationRows {
  absl::Span<const AllocationSource> sources = {};  // optional: all kPayment
  absl::Span<const std::string_view> source_ids = {};  // payment or credit note id
  absl::Span<const std::string_view> item_ids = {};    // the debit item settled
  absl::Span<const std::int64_t> amounts = {};         // minor units, > 0
  absl::Span<const Date> dates = {};                   // effective dates
};

struct WriteOffRows {
  absl::Span<const std::string_view> item_ids = {};
  absl::Span<const std::int64_t> amounts = {};  // minor units, > 0 (debit items)
  absl::Span<const Date> dates = {};
  absl::Span<const std::string_view> reasons = {};  // optional
};

// A disputed amount on a debit item: raised on `raised`, cleared on
// `cleared` (excluded; kNoDate while still open). As of D the dispute is
// active when raised <= D < cleared; the disputed part of the item is then
// min(amount, open amount as of D). A later dispute on the same item
// replaces an earlier one from its raised date on.
struct DisputeRows {
  absl::Span<const std::string_view> item_ids = {};
  absl::Span<const std::int64_t> amounts = {};  // minor units, > 0
  absl::Span<const Date> raised = {};
  absl::Span<const Date> cleared = {};  // optional; kNoDate for still open
};

// An allocation, as AddAllocations and AutoMatch record it. Allocations are
// numbered densely from 0 in the order they were added.
struct Allocation {
  std::int64_t index;
  AllocationSource source;
  std::string source_id;
  std::string item_id;
  Money amount;
  Date date;
  std::optional<Date> reversed;  // the reversal's effective date
};

// One line of a customer statement.
struct StatementLine {
  enum class Kind : std::uint8_t {
    kItem,        // an item dated on `date` (debit, or credit for a note)
    kPayment,     // a payment received
    kWriteOff,    // an amount written off an item
    kSettlement,  // a prior settlement from an open-items import
  };
  Date date;
  Kind kind;
  std::string id;         // the item's or payment's id
  std::string reference;  // the item's or payment's reference; a write-off's reason
  Money debit;            // what the line adds to the balance (>= 0)
  Money credit;           // what it removes (>= 0)
  Money balance;          // running balance after the line
};

// The account of one customer in one currency between two dates.
struct Statement {
  std::string customer_id;
  Currency currency;
  Date from;
  Date to;
  Money opening;  // balance as of from - 1 day
  std::vector<StatementLine> lines;  // by date, then items, payments, write-offs
  Money closing;  // balance as of `to`; opening + debits - credits
};

class LedgerStore;  // src/: the columns
namespace ledger_internal {
struct LedgerColumns;  // src/ledger_bulk.h: the importers' bulk loads
}  // namespace ledger_internal

class Ledger {
 public:
  Ledger();
  ~Ledger();
  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;
  // A deep copy (a ledger is a value).
  Ledger(const Ledger& other);
  Ledger& operator=(const Ledger& other);

  // ---- mutations (all-or-nothing; see the banner for the invariants) ----

  // Adds customers. Errors: kInvalidArgument for columns of different
  // lengths, an empty id, a negative limit, unparsable
  // terms (the terms parser's message, with the row); kAlreadyExists for an
  // id already in the ledger or twice in the rows.
  absl::Status AddCustomers(const CustomerRows& rows);

  // Adds items. Due dates: given, or from the customer's default terms when
  // the row has kNoDate and those terms have one installment; otherwise the
  // item has no due date and ages from its document date. Errors:
  // kInvalidArgument for different column lengths, an empty id, an invalid
  // kind, a zero amount or a sign that does not match the kind, a due date
  // before the document date, an open amount outside [0, amount] (debit) or
  // [amount, 0] (credit note), a default-terms due date for multi-installment
  // terms (add one installment item per due date, see DueDates); kNotFound
  // for an unknown customer; kAlreadyExists for a duplicate id; kOverflow
  // when the ledger's volume would leave int64.
  absl::Status AddItems(const ItemRows& rows);

  // Adds payments. Errors as AddItems (amounts must be > 0).
  absl::Status AddPayments(const PaymentRows& rows);

  // Records allocations effective on their dates. On success returns the
  // index of the first new allocation (the others follow in row order).
  // Errors: kNotFound for an unknown source or item; kInvalidArgument for a
  // source that is not a credit note, a target that is one, an amount <= 0,
  // a date before the source's or the item's date, or an amount beyond what
  // is open on the source or the item on that date or later (with the
  // amounts); kCurrencyMismatch or kInvalidArgument (different customers).
  //
  // The row an error names. Rows are taken in row order, as if added one at
  // a time: the error is about the first row N that cannot be added after
  // rows 0..N-1, either because it is wrong on its own (any error above but
  // the bounds) or because, with rows 0..N-1 and none after it, it takes
  // some item's open amount, payment's unapplied amount or credit note's
  // open amount out of its bounds (banner) at the end of some date, where
  // rows 0..N-1 alone kept them all. So row N may fit on its own and still
  // be the row that tips the bound over; it is named whatever the rows'
  // dates (a row dated before earlier rows can tip it, and the bound can
  // break on a date after the row's own). A row that tips both its item and
  // its source names the item. The message says what and where:
  //   row 1: allocation of 600.00 EUR on 2025-02-02 takes more than is
  //   open: item "F1" would have an open amount of -200.00 EUR on 2025-02-02
  //   (400.00 EUR open on that date before this row; amount 1000.00 EUR)
  // -- row N's amount and date; the item (or `payment "P1" would have
  // -10.00 EUR unapplied on ...`, `credit note "A1" would have an open
  // amount of ...`); the first date the bound is broken with rows 0..N, and
  // the amount on that date with rows 0..N, then with rows 0..N-1; the
  // item's or payment's amount. Cost: the bounds are checked once per item
  // and payment touched (also when a row is wrong on its own: over the rows
  // before it); finding the tipping row adds, on failure only, a
  // logarithmic number of passes over the history of what is out of bounds.
  absl::StatusOr<std::int64_t> AddAllocations(const AllocationRows& rows);

  // Reverses allocation `index` (un-matching) effective on `date`: from
  // that date on, the allocation no longer counts. Errors: kNotFound for an
  // unknown index; kInvalidArgument when already reversed, when `date` is
  // before the allocation's date, or when the source's unapplied amount
  // would leave its bounds at some date (it cannot: a reversal only gives
  // back; checked anyway; the message, as AddAllocations' without a row
  // prefix, starts "reversal of allocation N on D").
  absl::Status ReverseAllocation(std::int64_t index, Date date);

  // Writes amounts off debit items. Errors: kNotFound; kInvalidArgument for
  // a credit note, an amount <= 0 or beyond what is open on the date or
  // later, a date before the item's document date. The row an error names
  // and the message's content are as AddAllocations' (rows taken in order;
  // the row that tips an item over, its message starting `row N: write-off
  // of 250.00 EUR on 2025-06-01 takes more than is open: item ...`).
  absl::Status AddWriteOffs(const WriteOffRows& rows);

  // Records disputed amounts (see DisputeRows). Errors: kNotFound;
  // kInvalidArgument for a credit note, an amount <= 0 or above the item's
  // amount, raised before the document date, cleared not after raised.
  absl::Status AddDisputes(const DisputeRows& rows);

  // Automatic matching (lettrage automatique), for every payment and credit
  // note with something unapplied (all facts, whatever their date), in
  // order of date then insertion, on the same customer's open debit items of
  // the same currency: (1) an open item whose id or reference equals the
  // payment's reference; (2) an open item whose open amount equals the
  // unapplied amount exactly (oldest due date first); (3) open items by
  // oldest due date first (then document date, then insertion) until the
  // payment is used up. Each allocation is effective on the later of the
  // payment's date and the item's document date -- or, when the cash or
  // the item was taken then and has been freed since (a reversal), on the
  // first later date from which both are free -- and never takes more than
  // is open or unapplied at every date from then on. Returns the
  // allocations made (in order); the ledger is unchanged when it returns an
  // error (kOverflow is the only one possible).
  absl::StatusOr<std::vector<Allocation>> AutoMatch();

  // ---- queries ----------------------------------------------------------

  std::size_t customer_count() const;
  std::size_t item_count() const;
  std::size_t payment_count() const;
  std::size_t allocation_count() const;

  // True when the ledger has this customer, item or payment id.
  bool HasCustomer(std::string_view id) const;
  bool HasItem(std::string_view id) const;
  bool HasPayment(std::string_view id) const;

  // The open amount of item `id` as of `as_of` (zero before its document
  // date). Errors: kNotFound.
  absl::StatusOr<Money> OpenAmount(std::string_view item_id, Date as_of) const;

  // The unapplied amount of payment `id` as of `as_of` (zero before its
  // value date). Errors: kNotFound.
  absl::StatusOr<Money> Unapplied(std::string_view payment_id, Date as_of) const;

  // The disputed part of item `id` as of `as_of`. Errors: kNotFound.
  absl::StatusOr<Money> Disputed(std::string_view item_id, Date as_of) const;

  // The customer's balance per currency as of `as_of` (one Money per
  // currency the customer has facts in, sorted by currency code; zero
  // balances included). Errors: kNotFound.
  absl::StatusOr<std::vector<Money>> Balance(std::string_view customer_id,
                                             Date as_of) const;

  // The customer's unapplied cash per currency as of `as_of` (payments
  // only; open credit notes are items). Errors: kNotFound.
  absl::StatusOr<std::vector<Money>> UnappliedCash(
      std::string_view customer_id, Date as_of) const;

  // The allocation with this index. Errors: kNotFound.
  absl::StatusOr<Allocation> GetAllocation(std::int64_t index) const;

  // The customer's statements between `from` and `to` (both included), one
  // per currency the customer has facts in, sorted by currency code.
  // Errors: kNotFound; kInvalidArgument when to < from.
  absl::StatusOr<std::vector<Statement>> Statements(
      std::string_view customer_id, Date from, Date to) const;

  // For the engines in src/ (aging, KPIs, I/O): the columns.
  const LedgerStore& store() const { return *store_; }

 private:
  friend struct ledger_internal::LedgerColumns;
  std::unique_ptr<LedgerStore> store_;
};

}  // namespace relance

#endif  // RELANCE_LEDGER_H_
