// Money adds only through Add(), which checks the currencies.
#include "relance/money.h"
void F(const relance::Money& a, const relance::Money& b) {
#ifdef RELANCE_MUST_NOT_COMPILE
  auto s = a + b;
#else
  auto s = relance::Add(a, b);
#endif
  (void)s;
}
