package kz.qabyldau.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one place that may touch {@code System.out}/{@code System.err}: the launcher, which
 * hands them to command-line sub-commands. The architecture tests forbid the streams everywhere
 * else; the reason is mandatory so an exception is always explained.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseStandardStreams {
    String value();
}
