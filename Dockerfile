# Interlinear: the Discord bot with its web reader.
# Build: docker build -t interlinear .
# Run:   docker run -e DISCORD_TOKEN=... -p 8080:8080 -v "$PWD/config:/app/config:ro" -v interlinear-data:/app/data interlinear

# The build stage runs the README's build step on a JDK 21 image.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B package -DskipTests

# The run stage has only a JRE and the jar; it runs as an unprivileged user.
FROM eclipse-temurin:21-jre
# FreeDict's bilingual dictionaries: questions in a language an article lacks are matched through them;
# Hunspell's spelling dictionaries: typing slips in questions are read as the article's words (README, "Quick start").
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       dict-freedict-eng-deu dict-freedict-deu-eng dict-freedict-eng-por dict-freedict-por-eng \
       dict-freedict-spa-deu dict-freedict-deu-spa dict-freedict-spa-por dict-freedict-por-spa \
       dict-freedict-fra-deu dict-freedict-deu-fra dict-freedict-fra-por dict-freedict-por-fra \
       dict-freedict-eng-spa dict-freedict-spa-eng dict-freedict-eng-fra dict-freedict-fra-eng \
       dict-freedict-fra-spa \
       hunspell-en-us hunspell-de-de hunspell-es hunspell-pt-pt hunspell-pt-br hunspell-fr \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home interlinear \
    && mkdir -p /app/data /app/config \
    && chown interlinear:interlinear /app/data
WORKDIR /app
COPY --from=build /src/target/interlinear.jar /app/interlinear.jar
# The sample articles and settings; a deployer mounts their own config/ over /app/config.
COPY config /app/config
ENV INTERLINEAR_DATA_DIR=/app/data
USER interlinear
VOLUME ["/app/data"]
EXPOSE 8080
# /health answers 200 when the index is loaded and Discord is connected; the check is the jar itself.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 \
    CMD ["java", "-jar", "/app/interlinear.jar", "health"]
# Class data sharing: the first run writes an archive of the loaded classes to the data volume when it
# exits; later starts read it and load their classes much faster (docs/operations.md, "Faster starts").
# The JVM does not replace an archive of another jar, so each image's jar has its own, named by its time,
# and the others go.
ENTRYPOINT ["sh", "-c", "jsa=/app/data/interlinear-$(stat -c %Y /app/interlinear.jar).jsa; for f in /app/data/interlinear*.jsa; do [ \"$f\" = \"$jsa\" ] || rm -f \"$f\"; done; exec java -XX:SharedArchiveFile=\"$jsa\" -XX:+AutoCreateSharedArchive -Xlog:cds=off,cds+dynamic=off -jar /app/interlinear.jar \"$@\"", "interlinear"]
CMD ["bot"]
