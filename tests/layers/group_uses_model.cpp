// Compiled with the include path of the group layer alone (tests/CMakeLists.txt:
// layers_allow_downward_include): a layer sees the layers it uses.
#include "group/claim_store.hpp"
#include "model/claim.hpp"
