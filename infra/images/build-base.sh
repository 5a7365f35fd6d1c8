#!/usr/bin/env bash
# The services' base image, built from Debian packages without Docker or a registry (decision 0053): a Debian
# bookworm root file system with openjdk-17-jre-headless and ca-certificates (mmdebstrap, from deb.debian.org),
# a user 1000 "sanctuary" (the Deployments' runAsUser), packed as a one-layer image in Docker's `docker save`
# format that Jib reads as `tar://…` (root pom: sanctuary.image.base).
#
#   infra/images/build-base.sh            # builds it unless it is already there (CI pays once per machine)
#   infra/images/build-base.sh --force    # builds it again (e.g. to take Debian's security updates)
#
# Output: ~/.cache/sanctuary-exchange/base-jre17.tar (root pom: sanctuary.image.base). Needs root and mmdebstrap
# (apt-get install mmdebstrap); a machine without them skips with a message (exit 0) and Maven builds no images.
# MMDEBSTRAP_VERBOSITY=--verbose shows what apt and dpkg do.
set -euo pipefail
cache="$HOME/.cache/sanctuary-exchange"
out="$cache/base-jre17.tar"
if [ -s "$out" ] && [ "${1:-}" != "--force" ]; then
  echo "base image: $out (cached; --force to rebuild)"
  exit 0
fi
if ! command -v mmdebstrap >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "base image: skipped (needs root and mmdebstrap); the services' images are not built" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# One fixed time for every file and the image config: the same packages give the same layer.
export SOURCE_DATE_EPOCH=0
# Man pages and docs are left out, but update-alternatives (java's postinst) links java.1 into /usr/share/man/man1.
mmdebstrap "${MMDEBSTRAP_VERBOSITY:---quiet}" --mode=root --variant=essential --format=tar \
  --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='echo "sanctuary:x:1000:1000:Sanctuary Exchange:/nonexistent:/usr/sbin/nologin" >> "$1/etc/passwd"' \
  --customize-hook='echo "sanctuary:x:1000:" >> "$1/etc/group"' \
  --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/var/log/* "$1"/tmp/*' \
  bookworm "$work/layer.tar" \
  "deb http://deb.debian.org/debian bookworm main" \
  "deb http://deb.debian.org/debian bookworm-updates main" \
  "deb http://deb.debian.org/debian-security bookworm-security main"
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
arch="$(dpkg --print-architecture)"
java_home="/usr/lib/jvm/java-17-openjdk-$arch"
printf '%s' '{"architecture":"'"$arch"'","os":"linux","created":"1970-01-01T00:00:00Z",'\
'"config":{"User":"1000:1000","Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",'\
'"JAVA_HOME='"$java_home"'","LANG=C.UTF-8"],"WorkingDir":"/"},'\
'"rootfs":{"type":"layers","diff_ids":["'"$diff_id"'"]},'\
'"history":[{"created":"1970-01-01T00:00:00Z","created_by":"infra/images/build-base.sh: Debian bookworm, openjdk-17-jre-headless"}]}' \
  > "$work/config.json"
config="$(sha256sum "$work/config.json" | cut -d' ' -f1).json"
mv "$work/config.json" "$work/$config"
printf '[{"Config":"%s","RepoTags":["sanctuary-exchange/base-jre17:bookworm"],"Layers":["layer.tar"]}]' "$config" \
  > "$work/manifest.json"
mkdir -p "$cache"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out.partial" \
  manifest.json "$config" layer.tar
mv "$out.partial" "$out"
echo "base image: $out ($(du -h "$out" | cut -f1), layer $diff_id)"
