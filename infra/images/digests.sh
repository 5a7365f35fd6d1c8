#!/usr/bin/env bash
# The services' images as Jib recorded them (services/<service>/target/jib-image.digest; decision 0053).
#
#   infra/images/digests.sh                     # writes target/images.txt, "<image>@<digest>" a line, and prints it
#   infra/images/digests.sh --pin OVERLAY...    # also pins each overlay's `images:` to those digests, in place of
#                                               # the tag (e.g. infra/k8s/overlays/borough-newham; commit it)
#
# The services are the Kubernetes bases (infra/k8s/base/*). A service without a recorded digest is named on standard
# error (no base image here: infra/images/build-base.sh); pinning then refuses. Pin the digests of the images the
# release pushed (jib:build records them the same way), not those of a local tarball built on another base.
set -euo pipefail
cd "$(dirname "$0")/../.."
overlays=()
if [ "${1:-}" = "--pin" ]; then
  shift
  overlays=("$@")
  [ ${#overlays[@]} -gt 0 ] || { echo "usage: infra/images/digests.sh --pin infra/k8s/overlays/<overlay>..." >&2; exit 2; }
fi
mkdir -p target
: > target/images.txt
missing=0
for base in infra/k8s/base/*/; do
  service="$(basename "$base")"
  recorded="services/$service/target/jib-image.digest"
  if [ ! -s "$recorded" ]; then
    echo "images: no image for $service ($recorded): build the base image first (infra/images/build-base.sh)" >&2
    missing=1
    continue
  fi
  echo "sanctuary-exchange/$service@$(tr -d '[:space:]' < "$recorded")" >> target/images.txt
done
cat target/images.txt
[ ${#overlays[@]} -gt 0 ] || exit 0
[ "$missing" = 0 ] || { echo "images: nothing pinned, some images are missing" >&2; exit 1; }
for overlay in "${overlays[@]}"; do
  file="$overlay/kustomization.yaml"
  while IFS=@ read -r image digest; do
    # { name: sanctuary-exchange/consent, newName: <registry>/consent, newTag: … | digest: … }
    sed -i -E "s#(name: $image, newName: [^,}]+), (newTag|digest): [^ }]+#\1, digest: $digest#" "$file"
  done < target/images.txt
  echo "images: $file pinned by digest"
done
