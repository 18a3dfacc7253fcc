#!/bin/sh
# Stand-in for the VS Code executable: @vscode/test-electron / @vscode/test-cli spawn it with
# VS Code-style args (--extensionDevelopmentPath=, --extensionTestsPath=, folder, ...), and it
# runs the suite in code-server instead of Electron.
#   VSCODE_EXECUTABLE_PATH=$PWD/scripts/code-shim.sh node dist/test/runElectron.js
exec node "$(dirname "$0")/run-code-server-tests.mjs" "$@"
