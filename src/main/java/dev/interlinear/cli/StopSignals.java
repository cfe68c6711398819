package dev.interlinear.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.BiConsumer;

/**
 * Takes over SIGTERM and SIGINT through {@code sun.misc.Signal} (module jdk.unsupported, the JDK's API for this
 * until it has a standard one). Reached by reflection only because javac warns on every direct use of that
 * module's classes, and no annotation silences the warning.
 */
final class StopSignals {

    private StopSignals() {
    }

    /**
     * Calls {@code handler} with the signal's name and number instead of the JVM's default handling (shutdown).
     * Returns false when the signal stays the JVM's: unknown here, reserved ({@code -Xrs}), or no such API.
     */
    static boolean handle(String name, BiConsumer<String, Integer> handler) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerInterface = Class.forName("sun.misc.SignalHandler");
            Method getName = signalClass.getMethod("getName");
            Method getNumber = signalClass.getMethod("getNumber");
            Object proxy = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handlerInterface},
                    (self, method, args) -> {
                        if (method.getName().equals("handle") && args != null && args.length == 1) {
                            handler.accept((String) getName.invoke(args[0]), (Integer) getNumber.invoke(args[0]));
                            return null;
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(self);
                            case "equals" -> self == args[0];
                            default -> "stop signal handler";
                        };
                    });
            Object signal = signalClass.getConstructor(String.class).newInstance(name);
            signalClass.getMethod("handle", signalClass, handlerInterface).invoke(null, signal, proxy);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
