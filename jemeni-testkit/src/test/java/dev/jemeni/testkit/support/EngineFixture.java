package dev.jemeni.testkit.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs only when {@link EngineFixtures} launches it, because it is the
 * subject of another test (it may fail on purpose). Anywhere else, such as an IDE that discovers
 * it, its tests are skipped.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(EngineFixtureCondition.class)
public @interface EngineFixture {}
