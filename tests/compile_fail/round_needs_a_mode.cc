// Rounding without a mode does not compile.
#include "relance/decimal.h"
void F(const relance::Decimal& a) {
#ifdef RELANCE_MUST_NOT_COMPILE
  auto r = relance::Round(a, 2);
#else
  auto r = relance::Round(a, 2, relance::RoundingMode::kHalfUp);
#endif
  (void)r;
}
