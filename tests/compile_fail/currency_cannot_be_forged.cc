// A Currency comes only from the ISO 4217 table.
#include "relance/currency.h"
void F() {
#ifdef RELANCE_MUST_NOT_COMPILE
  relance::Currency c;
#else
  auto c = relance::Currency::Lookup("EUR");
#endif
  (void)c;
}
