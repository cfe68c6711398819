package dev.interlinear.cli;

import dev.interlinear.app.App;
import dev.interlinear.config.Settings;
import dev.interlinear.discord.DiscordBot;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.serving.IndexGenerations;
import dev.interlinear.serving.ServedEdition;
import dev.interlinear.web.WebServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "bot",
        mixinStandardHelpOptions = true,
        description = "Runs the Discord bot (token from the DISCORD_TOKEN environment variable).")
final class BotCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "DISCORD_TOKEN";
    static final String HOW_TO_GET_A_TOKEN = "create an application at https://discord.com/developers/applications, "
            + "add a bot, copy its token and set it as " + TOKEN_VARIABLE + " (see README, Running the bot)";

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        String token = System.getenv(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new UsageException(TOKEN_VARIABLE + " is not set: " + HOW_TO_GET_A_TOKEN);
        }
        Settings settings = common.settings();
        App app = new App(settings);
        IndexGenerations.Opened opened = common.open(app, new java.io.PrintWriter(System.err, true));
        SentenceIndex index = opened.index();
        ServedEdition served = app.served(index);
        Set<String> languages = new LinkedHashSet<>(settings.languages());
        languages.addAll(index.languages());
        DiscordBot bot;
        try {
            bot = DiscordBot.start(token.strip(), settings.discord(), served, new ArrayList<>(languages), app.health());
        } catch (InvalidTokenException e) {
            index.close();
            throw new UsageException("Discord rejected the token in " + TOKEN_VARIABLE + ": " + HOW_TO_GET_A_TOKEN);
        } catch (RuntimeException e) {
            index.close();
            // The deepest cause, but not JDA's ContextException, which only says where the call was made.
            Throwable root = e;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (!(t instanceof net.dv8tion.jda.api.exceptions.ContextException)) {
                    root = t;
                }
            }
            throw new IllegalStateException(
                    "cannot reach Discord (" + settings.discord().apiUrl().orElse("discord.com") + "): "
                            + root.getClass().getSimpleName()
                            + (root.getMessage() == null ? "" : ": " + root.getMessage()),
                    e);
        }
        WebServer web =
                WebServer.start(new InetSocketAddress(settings.web().port()), served, app.health(), settings.web());
        AutoCloseable watcher = app.keepLive(served, opened);
        // The logger is made here, not in a static field: building the command line for any other command
        // would otherwise start the logging system (a tenth of a fresh `ask`).
        Logger log = LoggerFactory.getLogger(BotCommand.class);
        log.info("bot started on {} sentences; stop it with Ctrl-C or SIGTERM", index.size());
        // The bot goes first so that the answers in flight are sent; the reader last, /health until the end.
        StopSignal.awaitThenClose(watcher, bot, web, served);
        return 0;
    }
}
