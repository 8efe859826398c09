"""What the banner says about a connection problem, and which ways out it offers."""

from __future__ import annotations

from .connector import ProblemKind

#: A second sentence per problem: what happened to the data and what to do next.
ADVICE = {
    ProblemKind.PROFILE: "Fix the profile in Connection settings.",
    ProblemKind.NO_PASSWORD: "Enter the password, or choose another profile.",
    ProblemKind.AUTHENTICATION: "Check the user name and password, then try again.",
    ProblemKind.UNREACHABLE: "Check that the server is running and this computer is on its "
    "network, or choose another profile. Nothing was changed.",
    ProblemKind.READ_ONLY: "Make the file writable, or choose another file. Nothing was changed.",
    ProblemKind.CORRUPT: "The file was left exactly as it was. Choose another file or a backup "
    "copy in Connection settings.",
    ProblemKind.TOO_NEW: "Update PrintShop Desktop, or choose another database. Nothing was "
    "changed.",
    ProblemKind.OUTDATED: "Run “printshop db upgrade”, or connect again to upgrade it.",
    ProblemKind.BUG: "This is a bug in PrintShop; the details are in the log.",
}

#: Problems a new password can fix.
PASSWORD_PROBLEMS = frozenset({ProblemKind.NO_PASSWORD, ProblemKind.AUTHENTICATION})
