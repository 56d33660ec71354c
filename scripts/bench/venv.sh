# Sourced by scripts/compare and scripts/scale-plot: a throwaway virtualenv with pinned peer packages.
# make_venv DIR PACKAGE... creates DIR/venv and installs the packages from PyPI; prints nothing on success.

make_venv() {
    local dir="$1"
    shift
    if ! python3 -m venv "$dir/venv" >"$dir/venv.log" 2>&1; then
        echo "cannot create a Python virtualenv (python3 -m venv): see $dir/venv.log; on Debian: apt-get install python3-venv" >&2
        cat "$dir/venv.log" >&2
        return 1
    fi
    if ! "$dir/venv/bin/pip" install --quiet --disable-pip-version-check "$@" >>"$dir/venv.log" 2>&1; then
        echo "pip install $* failed (is PyPI reachable?):" >&2
        tail -20 "$dir/venv.log" >&2
        return 1
    fi
}

# The peer versions the published figures were measured with; override with e.g. PEERS="datasketch rensa …".
PEER_PACKAGES="${PEERS:-datasketch==2.0.0 rensa==0.5.0 scikit-learn==1.9.1 matplotlib==3.11.2}"
