#!/usr/bin/env bash
# Rebuilds the dciodvfy agreement corpus (200+ files), runs dciodvfy and the harness validator on every file, and
# rewrites docs/validation-agreement.md from that run. Needs the Debian packages dicom3tools and dcmtk.
# The same comparison runs in `mvn verify` (DciodvfyAgreementIT), failing on any unexplained difference.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl validation -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=DciodvfyAgreementIT -Dfailsafe.failIfNoSpecifiedTests=false -Dagreement.update=true
echo "wrote docs/validation-agreement.md"
