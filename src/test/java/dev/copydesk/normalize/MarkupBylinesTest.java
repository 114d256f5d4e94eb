package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupBylinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Mara Quint # Mara Quint",
        "By Mara Quint # Mara Quint",
        "By MARA QUINT # Mara Quint",
        "Mara Quint — # Mara Quint",
        "Mara Quint - Apr 16, 2025 8:02 pm UTC # Mara Quint",
        "by Mara Quint July 10, 2025 # Mara Quint",
        "'By Mara Quint       March 25, 2025 3:46 PM' # Mara Quint",
        "Mara Quint 1 day ago # Mara Quint",
        "Mara Quint | Updated 2 hours ago # Mara Quint",
        "Par Mara Quint # Mara Quint",
        "Von Mara Quint # Mara Quint",
        "By Mara Quint and Tomas Reyes # Mara Quint;Tomas Reyes",
        "Mara Quint, Tomas Reyes # Mara Quint;Tomas Reyes",
        "By Mara Quint, Senior Reporter # Mara Quint",
        "Par Mara Quint et Tomas Reyes # Mara Quint;Tomas Reyes",
        "Mara Quint (avec Tomas Reyes et Ana Lind) # Mara Quint;Tomas Reyes;Ana Lind",
        "Written by Mara Quint Edited by Tomas Reyes with the help of the desk # Mara Quint",
      })
  void namesThePeopleTheMarkupNames(String markup, String names) {
    assertThat(MarkupBylines.names(markup)).contains(List.of(names.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Follow Author",
        "AUTHORING",
        "By Quint",
        "April 28, 2025 at 6:01 am Updated April 29, 2025 at 3:33 pm",
        "21.dez.2025 às 10h55",
        "By the time the ferry docked, the crowd had gone",
        "—",
      })
  void namesNoOneWhenTheMarkupHoldsSomethingElse(String markup) {
    assertThat(MarkupBylines.names(markup)).isEmpty();
  }
}
