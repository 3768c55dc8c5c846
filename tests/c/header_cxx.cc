// relance.h must compile as C++ with every warning an error.
#include "relance.h"
int relance_header_cxx_compiles() { return RELANCE_OK; }
