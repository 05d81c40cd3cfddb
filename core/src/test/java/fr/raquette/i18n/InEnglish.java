package fr.raquette.i18n;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class whose tests read the messages in English (the catalogue's other language): each test
 * runs with {@link Lang#EN} and leaves French, the default, behind it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InEnglish.Switch.class)
public @interface InEnglish {
  /** Switches the catalogue to English around each test. */
  final class Switch implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      Messages.use(Lang.EN);
    }

    @Override
    public void afterEach(ExtensionContext context) {
      Messages.use(Lang.FR);
    }
  }
}
