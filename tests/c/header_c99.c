/* relance.h must compile as strict C99 with every warning an error. */
#include "relance.h"
int relance_header_c99_compiles(void) { return RELANCE_OK; }
