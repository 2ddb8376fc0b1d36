// Compiled with the include path of the group layer alone (tests/CMakeLists.txt:
// layers_refuse_wrong_way_include): group does not use extract, so this must not compile.
#include "extract/lexicon.hpp"
