package fr.raquette.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorSourceTest {
  /** Each source as the readers write it in {@link Actor#sources()}, and which source it is. */
  @ParameterizedTest(name = "{0} is {1}: {2}")
  @CsvSource({
    "france-services, FRANCE_SERVICES, true",
    "france-services, DATA_INCLUSION, false",
    "data-inclusion, DATA_INCLUSION, true",
    "data-inclusion:dora, DATA_INCLUSION, true",
    "data-inclusion:dora, FRANCE_SERVICES, false",
    // A prefix of the text is not the source: only the id, or the id and a colon.
    "data-inclusionx, DATA_INCLUSION, false",
    "local, LOCAL, true",
    "locale, LOCAL, false",
  })
  void aSourceIsNamedByItsIdOrItsIdAndAPlatform(
      String written, Actor.Source source, boolean named) {
    assertEquals(named, source.names(written));
  }
}
