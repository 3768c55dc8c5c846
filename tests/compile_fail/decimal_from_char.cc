// A character is not a number: Decimal('5') would be 53.
#include "relance/decimal.h"
void F() {
#ifdef RELANCE_MUST_NOT_COMPILE
  relance::Decimal d('5');
#else
  relance::Decimal d(5);
#endif
  (void)d;
}
