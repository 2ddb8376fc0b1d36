// Compiled with the include path of the report layer alone (tests/CMakeLists.txt:
// layers_refuse_wrong_way_include): report sits below app, so this must not compile.
#include "app/pipeline.hpp"
