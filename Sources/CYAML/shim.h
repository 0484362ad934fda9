// The one header the YAML layer sees: the system libyaml (Debian: libyaml-dev).
#include <yaml.h>
