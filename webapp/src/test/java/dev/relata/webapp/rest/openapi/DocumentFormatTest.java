package dev.relata.webapp.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {
  @Test
  void yamlUnlessJsonIsAskedFor() {
    assertThat(DocumentFormat.choose(null, null)).isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.choose(null, "*/*")).isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.choose(null, "application/json")).isEqualTo(DocumentFormat.JSON);
    assertThat(DocumentFormat.choose(null, "application/vnd.oai.openapi+json;version=3.0"))
        .isEqualTo(DocumentFormat.JSON);
  }

  @Test
  void theFormatParameterWinsOverTheAcceptHeader() {
    assertThat(DocumentFormat.choose("json", "application/yaml")).isEqualTo(DocumentFormat.JSON);
    assertThat(DocumentFormat.choose("YAML", "application/json")).isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.choose("xml", null)).isNull();
  }

  @Test
  void qualityDecidesAndAtEqualQualityTheFirstNamed() {
    assertThat(DocumentFormat.choose(null, "application/yaml;q=0.5, application/json"))
        .isEqualTo(DocumentFormat.JSON);
    assertThat(DocumentFormat.choose(null, "application/yaml, application/json"))
        .isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.choose(null, "application/json, application/yaml"))
        .isEqualTo(DocumentFormat.JSON);
  }

  @Test
  void largeDecimalBoundsAreWrittenInPlainDigits() {
    String yaml =
        DocumentFormat.YAML.write(
            ApiDocument.build("http://localhost", List.of(Gadgets.gadget(), customerTarget())));

    assertThat(yaml).contains("maximum: 10000000000000000").doesNotContain("E+");
  }

  private static dev.relata.metadata.model.EntityDefinition customerTarget() {
    return dev.relata.metadata.testing.Definitions.entity("customer");
  }
}
