package dev.interlinear.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** Base for commands: the name, and buttons that a command without buttons cannot receive. */
public abstract class SlashCommandAdapter implements SlashCommand {

    private final String name;

    protected SlashCommandAdapter(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public void onButton(ButtonInteractionEvent event, List<String> args) {
        throw new IllegalStateException("/" + name + " has no buttons, got " + event.getComponentId());
    }
}
