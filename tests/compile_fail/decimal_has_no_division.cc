// Division must name its scale and rounding: there is no operator/.
#include "relance/decimal.h"
void F(const relance::Decimal& a, const relance::Decimal& b) {
#ifdef RELANCE_MUST_NOT_COMPILE
  auto q = a / b;
#else
  auto q = relance::Divide(a, b, 2, relance::RoundingMode::kHalfEven);
#endif
  (void)q;
}
