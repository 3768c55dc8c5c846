#include <stdio.h>
#include <string.h>

#include <relance.h>

int main(void) {
  relance_money total, parts[3];
  if (relance_money_parse("100.00", 6, "EUR", RELANCE_ROUND_EXACT, &total) != RELANCE_OK) return 1;
  if (relance_money_split(&total, 3, parts) != RELANCE_OK) return 1;
  printf("C consumer: relance %s, %lld + %lld + %lld\n", relance_version_string(),
         (long long)parts[0].units, (long long)parts[1].units, (long long)parts[2].units);
  return parts[0].units == 3334 ? 0 : 1;
}
