# wirepad: plain javac + make. `make` builds build/wirepad.jar, `make test` runs every test,
# `make run` starts the REPL, `make bench` runs the JMH benchmarks.
JAVA     ?= java
JAVAC    ?= javac
JAR      ?= jar
MVN      ?= mvn
# -XDstringConcat=inline: plain StringBuilder code instead of invokedynamic, which costs start-up time.
JFLAGS   := --release 17 -encoding UTF-8 -Xlint:all,-serial -Werror -XDstringConcat=inline

# Pinned dependencies (group:artifact:version); sums live in src/deps.sha256.
DEP_PLUGIN := org.apache.maven.plugins:maven-dependency-plugin:3.8.1
JUNIT_GAV  := org.junit.platform:junit-platform-console-standalone:6.0.1
JLINE_GAV  := org.jline:jline:3.30.6
JMH_GAVS   := org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37 \
              net.sf.jopt-simple:jopt-simple:5.0.4 org.apache.commons:commons-math3:3.6.1
# Bench-only peers (make bench compares against them; never on the core, test or run class path):
# Netty, Jetty and RawHTTP for HTTP, dnsjava for DNS, with the jars they need at run time.
PEER_GAVS  := io.netty:netty-codec-http:4.2.21.Final io.netty:netty-common:4.2.21.Final \
              io.netty:netty-buffer:4.2.21.Final io.netty:netty-transport:4.2.21.Final \
              io.netty:netty-resolver:4.2.21.Final io.netty:netty-codec-base:4.2.21.Final \
              io.netty:netty-codec-compression:4.2.21.Final io.netty:netty-handler:4.2.21.Final \
              io.netty:netty-transport-native-unix-common:4.2.21.Final \
              org.eclipse.jetty:jetty-http:12.1.14 org.eclipse.jetty:jetty-io:12.1.14 \
              org.eclipse.jetty:jetty-util:12.1.14 org.slf4j:slf4j-api:2.0.17 org.slf4j:slf4j-nop:2.0.17 \
              com.athaydes.rawhttp:rawhttp-core:2.6.0 dnsjava:dnsjava:3.6.3
jarname     = $(word 2,$(subst :, ,$(1)))-$(word 3,$(subst :, ,$(1))).jar
JUNIT_JAR  := lib/$(call jarname,$(JUNIT_GAV))
JLINE_JAR  := lib/$(call jarname,$(JLINE_GAV))
JMH_JARS   := $(foreach g,$(JMH_GAVS),lib/$(call jarname,$(g)))
PEER_JARS  := $(foreach g,$(PEER_GAVS),lib/$(call jarname,$(g)))
BENCH_CP   := build/classes:build/bench-classes:$(subst $(eval) ,:,$(JMH_JARS) $(PEER_JARS))

MAIN_SRC  := $(shell find src/main/java -name '*.java')
MAIN_RES  := $(shell find src/main/resources -type f 2>/dev/null)
JLINE_SRC := $(shell find src/jline/java -name '*.java')
TEST_SRC  := $(shell find src/test/java -name '*.java')
BENCH_SRC := $(shell find src/bench/java -name '*.java')

.PHONY: all core deps test unit transcripts interop bench run clean
all: build/wirepad.jar build/wirepad.jsa build/wirepad-cli.jsa

# --- dependencies: fetched with Maven's dependency plugin, then checked against src/deps.sha256 ---
lib/%.jar:
	@mkdir -p lib
	@gav=$$(for g in $(JUNIT_GAV) $(JLINE_GAV) $(JMH_GAVS) $(PEER_GAVS); do \
	   a=$$(echo $$g | cut -d: -f2); v=$$(echo $$g | cut -d: -f3); \
	   [ "$$a-$$v.jar" = "$*.jar" ] && echo $$g; done); \
	 [ -n "$$gav" ] || { echo "make: no pinned artifact gives lib/$*.jar" >&2; exit 1; }; \
	 echo "fetch  $$gav (Maven Central)"; \
	 $(MVN) -q -B $(DEP_PLUGIN):copy -Dartifact=$$gav -DoutputDirectory=lib >build-fetch.log 2>&1 \
	   || { cat build-fetch.log >&2; rm -f build-fetch.log; echo "make: could not fetch $$gav" >&2; exit 1; }; \
	 rm -f build-fetch.log; \
	 want=$$(awk -v f="$*.jar" '$$2==f {print $$1}' src/deps.sha256); \
	 got=$$(sha256sum "$@" | cut -d' ' -f1); \
	 if [ -z "$$want" ] || [ "$$want" != "$$got" ]; then \
	   mv "$@" "$@.rejected"; \
	   echo "make: CHECKSUM MISMATCH for lib/$*.jar" >&2; \
	   echo "      expected sha256 $${want:-<none in src/deps.sha256>}" >&2; \
	   echo "      got      sha256 $$got (file kept as $@.rejected)" >&2; exit 1; fi

deps: $(JUNIT_JAR) $(JLINE_JAR) $(JMH_JARS)

# Every jar present in lib/ is checked again whenever it or src/deps.sha256 changes.
build/deps-%.ok: lib/%.jar src/deps.sha256
	@mkdir -p build
	@want=$$(awk -v f="$*.jar" '$$2==f {print $$1}' src/deps.sha256); got=$$(sha256sum "$<" | cut -d' ' -f1); \
	 if [ "$$want" != "$$got" ]; then echo "make: CHECKSUM MISMATCH for $< (expected $${want:-nothing in src/deps.sha256}, got $$got);" \
	   "delete it and run make again to fetch it anew" >&2; exit 1; fi
	@touch $@

# --- the core: compiled with an EMPTY class path (proves bytes/http/dns/net/servers need no jar) ---
build/classes.stamp: $(MAIN_SRC) $(MAIN_RES)
	@rm -rf build/classes; mkdir -p build/classes
	@echo "javac  core: $(words $(MAIN_SRC)) files, empty class path"
	@$(JAVAC) $(JFLAGS) -cp '' -d build/classes $(MAIN_SRC)
	@if [ -d src/main/resources ]; then cp -R src/main/resources/. build/classes/; fi
	@touch $@
core: build/classes.stamp

# --- the JLine terminal adapter: the only code that needs lib/jline ---
build/jline.stamp: build/classes.stamp $(JLINE_SRC) $(JLINE_JAR) build/deps-$(basename $(notdir $(JLINE_JAR))).ok
	@$(if $(JLINE_SRC),$(JAVAC) $(JFLAGS) -cp build/classes:$(JLINE_JAR) -d build/classes $(JLINE_SRC))
	@touch $@

build/wirepad.jar: build/jline.stamp
	@rm -f $@
	@$(JAR) --create --file $@ --main-class wirepad.cli.Main -C build/classes .

# AppCDS archive: a dynamic archive recorded from a short run; bin/wirepad uses it when present.
# The run is on a pseudo-terminal (script(1)) so that the JLine classes are archived too.
build/wirepad.jsa: build/wirepad.jar
	@rm -f $@
	@printf 'help\nbytes GET\\r\\n\nserve echo\nnew http://$$echo/\nh Accept: */*\nshow\nsend\nview curl\nview flow\nview hex\nexplain\nraw $$echo GET / HTTP/1.1\\r\\n\\r\\n\nquit\n' > build/cds-input
	@if command -v script >/dev/null 2>&1; then \
	   TERM=xterm-256color WIREPAD_HISTORY=build/cds-history WIREPAD_CDS_DUMP=$@ \
	     script -qec bin/wirepad /dev/null <build/cds-input >/dev/null 2>&1 || true; \
	 else WIREPAD_CDS_DUMP=$@ bin/wirepad <build/cds-input >/dev/null 2>&1 || true; fi
	@printf 'GET / HTTP/1.1\r\nHost: a\r\n\r\n' | $(JAVA) -XX:SharedArchiveFile=$@ -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp build/wirepad.jar:$(JLINE_JAR) wirepad.cli.Main http parse >/dev/null 2>&1 || true

# A second archive for one-shot commands (bin/wirepad picks it when there are arguments other than
# `run`): a static archive of every class (JDK and wirepad) loaded by three one-shot runs, a `send`
# to a local echo server (loopback, a free port), `http parse` and `dns decode` of small files.
# Static, because one archive of JDK and app classes maps faster than the JDK's default archive
# plus a dynamic one on top (docs/performance.md). Recorded after build/wirepad.jsa so that the
# echo server itself starts from that archive.
build/wirepad-cli.jsa: build/wirepad.jar build/wirepad.jsa
	@rm -f $@ build/cds-echo.log build/cds-*.lst
	@printf 'GET / HTTP/1.1\r\nHost: cds\r\n\r\n' >build/cds-req
	@printf '\022\064\001\000\000\001\000\000\000\000\000\000\007example\003com\000\000\001\000\001' >build/cds-query
	@bin/wirepad serve echo --port 0 >build/cds-echo.log 2>&1 & pid=$$!; port=; \
	 for i in $$(seq 1 200); do \
	   port=$$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' build/cds-echo.log 2>/dev/null); \
	   [ -n "$$port" ] && break; sleep 0.1; done; \
	 [ -n "$$port" ] && WIREPAD_CDS_LIST=build/cds-1.lst bin/wirepad send 127.0.0.1:$$port build/cds-req >/dev/null 2>&1; \
	 kill $$pid 2>/dev/null; wait $$pid 2>/dev/null; rm -f build/cds-echo.log; true
	@WIREPAD_CDS_LIST=build/cds-2.lst bin/wirepad http parse build/cds-req >/dev/null 2>&1 || true
	@WIREPAD_CDS_LIST=build/cds-3.lst bin/wirepad dns decode build/cds-query >/dev/null 2>&1 || true
	@cat build/cds-[123].lst 2>/dev/null | awk '!seen[$$0]++' >build/cds-classes.lst
	@[ -s build/cds-classes.lst ] && WIREPAD_CDS_CLASSES=build/cds-classes.lst WIREPAD_CDS_DUMP=$@ \
	   bin/wirepad >build/cds-dump.log 2>&1 || rm -f $@; true

run: all
	@bin/wirepad

# --- tests: JUnit (Jupiter via the console launcher), then the transcripts ---
build/test.stamp: build/jline.stamp $(TEST_SRC) $(JUNIT_JAR) build/deps-$(basename $(notdir $(JUNIT_JAR))).ok
	@rm -rf build/test-classes; mkdir -p build/test-classes
	@echo "javac  tests: $(words $(TEST_SRC)) files"
	@$(JAVAC) $(JFLAGS) -Xlint:-try -cp build/classes:$(JUNIT_JAR) -d build/test-classes $(TEST_SRC)
	@touch $@

unit: build/test.stamp
	@$(JAVA) -jar $(JUNIT_JAR) execute --disable-banner --details=summary --disable-ansi-colors \
	   --class-path build/classes:build/test-classes --scan-class-path > build/junit.log 2>&1; rc=$$?; \
	 grep -vE '^\s*$$' build/junit.log | grep -E 'MethodSource|=>|Failures|✘|tests (successful|failed|found)' | head -80; \
	 ok=$$(sed -n 's/.*\[ *\([0-9]*\) tests successful.*/\1/p' build/junit.log); \
	 bad=$$(sed -n 's/.*\[ *\([0-9]*\) tests failed.*/\1/p' build/junit.log); \
	 echo "junit: $${ok:-0} passed, $${bad:-0} failed"; \
	 [ $$rc -eq 0 ] && [ "$${ok:-0}" -gt 0 ]

transcripts: all
	@bin/wirepad run $(if $(UPDATE),--update) transcripts/*.t

test: all unit transcripts

interop: all
	@sh src/interop/run.sh

# --- benchmarks: JMH with its annotation processor; the peers' jars are on this class path only ---
# `make bench` (about 7-10 minutes) or `make bench QUICK=1` (about 5): codecs side by side (JMH), servers
# side by side (wrk), the 30 MB upload, start-up; then the summary table for docs/performance.md.
BENCH_DEPS := $(JMH_JARS) $(PEER_JARS)
build/bench.stamp: build/jline.stamp $(BENCH_SRC) $(BENCH_DEPS) $(foreach j,$(BENCH_DEPS),build/deps-$(basename $(notdir $(j))).ok)
	@rm -rf build/bench-classes; mkdir -p build/bench-classes
	$(JAVAC) --release 17 -encoding UTF-8 -cp build/classes:$(subst $(eval) ,:,$(BENCH_DEPS)) \
	   -processor org.openjdk.jmh.generators.BenchmarkProcessor -d build/bench-classes $(BENCH_SRC)
	@touch $@

bench: build/bench.stamp all
	@mkdir -p build/bench; rm -f build/bench/*.tsv; { date -u '+%Y-%m-%d %H:%M UTC'; cut -d' ' -f1-3 /proc/loadavg; } >build/bench/started
	$(JAVA) $(if $(QUICK),-Dbench.quick=true) -Dbench.out=build/bench/codecs.tsv -cp $(BENCH_CP) wirepad.bench.BenchMain $(BENCH)
	$(JAVA) $(if $(QUICK),-Dbench.quick=true) -Dbench.out=build/bench/cputime.tsv -cp $(BENCH_CP) wirepad.bench.CpuTimeCheck
	@missing=; for t in tmux wrk hyperfine curl nginx; do command -v $$t >/dev/null || [ -x /usr/sbin/$$t ] || \
	   missing="$$missing $$(if [ $$t = nginx ]; then echo nginx-light; else echo $$t; fi)"; done; \
	 if [ -n "$$missing" ]; then echo "bench: installing$$missing (Debian packages)"; \
	   { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; } >/dev/null 2>&1 \
	     || echo "bench: could not install$$missing" >&2; fi
	@echo "sh src/bench/servers.sh $(if $(QUICK),quick)"; BENCH_CP=$(BENCH_CP) sh src/bench/servers.sh $(if $(QUICK),quick)
	sh src/bench/startup.sh $(if $(QUICK),5,20)
	@cut -d' ' -f1-3 /proc/loadavg >build/bench/ended; sh src/bench/summary.sh "make bench$(if $(QUICK), QUICK=1)$(if $(BENCH), BENCH=$(BENCH))"

clean:
	rm -rf build
