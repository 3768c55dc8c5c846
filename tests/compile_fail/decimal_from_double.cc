// A Decimal never comes from binary floating point.
#include "relance/decimal.h"
void F() {
#ifdef RELANCE_MUST_NOT_COMPILE
  relance::Decimal d(0.1);
#else
  relance::Decimal d(1);
#endif
  (void)d;
}
