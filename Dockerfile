# claimcheck as a container: `docker build -t claimcheck .`, then
#   docker run --rm -v "$PWD:/work" claimcheck check articles/
# Two stages: the first builds the Debian package (the same .deb as `cpack -G DEB`), the
# second installs it with apt, which also installs the runtime libraries its Depends
# name, and nothing of the build toolchain. The image runs as an unprivileged user.

FROM debian:12-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      g++ cmake ninja-build pkg-config python3 help2man dpkg-dev file \
      nlohmann-json3-dev libfmt-dev libcli11-dev libicu-dev libyaml-cpp-dev libgumbo-dev libcpp-httplib-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLAIMCHECK_BUILD_TESTS=OFF \
      -DCLAIMCHECK_BUILD_BENCH=OFF \
 && cmake --build /build \
 && cd /build && cpack -G DEB

FROM debian:12-slim
COPY --from=build /build/claimcheck_*.deb /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/claimcheck_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/claimcheck_*.deb \
 && useradd --create-home --uid 10001 --user-group claimcheck
USER claimcheck
WORKDIR /work
ENTRYPOINT ["claimcheck"]
CMD ["--help"]
