#!/usr/bin/env bash
# Runs a test that reads the real-world samples in the shared folder beside the repository (../shared),
# or reports it skipped (exit 77, CTest's SKIP_RETURN_CODE) where that folder is missing: never a pass.
# DL_SHARED_DIR in the environment overrides the folder (point it at a missing one to see the skip).
#   with_shared.sh DEFAULT_DIR COMMAND...
dir=${DL_SHARED_DIR:-$1}
shift
if [ ! -d "$dir" ]; then
  echo "skipped: $dir is not present"
  exit 77
fi
DL_SHARED_DIR=$(cd "$dir" && pwd)
export DL_SHARED_DIR
exec "$@"
