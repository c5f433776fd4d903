package io.cityops.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

    private static final String REGIONS = """
            regions:
              - id: d
                name: District
                children:
                  - id: s1
                    name: Sub 1
                    children:
                      - {id: c1, name: Community 1}
            """;
    private static final String SENSOR = """
            sensors:
              - {id: aq-1, name: Station, kind: air, class: REFERENCE, measures: [pm25, pm10], region: c1, lat: 37.8, lon: 112.5, intervalSeconds: 300}
            """;

    private static Catalogue parse(String yaml) {
        return CatalogueLoader.parse(yaml, "test.yaml");
    }

    @Test
    void readsNestedRegionsAndInfersTheirLevels() {
        Catalogue catalogue = parse("version: \"1\"\n" + REGIONS + SENSOR);
        assertThat(catalogue.region("s1").orElseThrow().level()).isEqualTo(RegionLevel.SUB_DISTRICT);
        assertThat(catalogue.region("c1").orElseThrow().parent()).isEqualTo("s1");
        assertThat(catalogue.region("c1").orElseThrow().level()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(catalogue.timeZone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(catalogue.sensorsWithin("d", io.cityops.ingest.reading.SensorKind.AIR)).extracting(Sensor::id).containsExactly("aq-1");
    }

    @Test
    void readsFlatRegionsWithParents() {
        Catalogue catalogue = parse("""
                version: "1"
                timeZone: Europe/Berlin
                regions:
                  - {id: d, name: District, level: DISTRICT}
                  - {id: c1, name: Community, level: COMMUNITY, parent: s1}
                  - {id: s1, name: Sub, level: SUB_DISTRICT, parent: d}
                """);
        assertThat(catalogue.lineage("c1")).extracting(Region::id).containsExactly("c1", "s1", "d");
        assertThat(catalogue.timeZone().getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void loadsAFileAndNamesItInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("city.yaml");
        Files.writeString(file, "version: \"1\"\n" + REGIONS);
        assertThat(CatalogueLoader.load(file).regions()).hasSize(3);

        Files.writeString(file, "version: \"1\"\ncolour: blue\n" + REGIONS);
        assertThatThrownBy(() -> CatalogueLoader.load(file))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("unknown key 'colour'");
    }

    @Test
    void rejectsAMissingFileWithItsName(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> CatalogueLoader.load(missing))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("nope.yaml");
    }

    @Test
    void rejectsAnUnknownKeyInASensorNamingItsPath() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + """
                sensors:
                  - {id: aq-1, name: S, kind: air, class: MICRO, measures: [pm25], region: c1, lat: 1, lon: 1, intervalSeconds: 60, colour: red}
                """))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("sensors[0].colour")
                .hasMessageContaining("unknown key 'colour'");
    }

    @Test
    void rejectsAMissingRequiredKey() {
        assertThatThrownBy(() -> parse(REGIONS))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("'version' is missing");
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + """
                sensors:
                  - {id: aq-1, name: S, kind: air, class: MICRO, measures: [pm25], lat: 1, lon: 1, intervalSeconds: 60}
                """))
                .hasMessageContaining("sensors[0].region").hasMessageContaining("'region' is missing");
    }

    @Test
    void rejectsDuplicateRegionAndSensorIds() {
        assertThatThrownBy(() -> parse("""
                version: "1"
                regions:
                  - id: d
                    name: District
                    children:
                      - {id: s1, name: A}
                      - {id: s1, name: B}
                """))
                .hasMessageContaining("regions[0].children[1].id").hasMessageContaining("duplicate region id 's1'");
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR
                + "  - {id: aq-1, name: Again, kind: air, class: MICRO, measures: [pm25], region: c1, lat: 1, lon: 1, intervalSeconds: 60}\n"))
                .hasMessageContaining("sensors[1].id").hasMessageContaining("duplicate sensor id 'aq-1'");
    }

    @Test
    void rejectsDuplicateKeysInTheDocument() {
        assertThatThrownBy(() -> parse("version: \"1\"\nversion: \"2\"\n" + REGIONS))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("version");
    }

    @Test
    void rejectsAParentThatDoesNotExist() {
        assertThatThrownBy(() -> parse("""
                version: "1"
                regions:
                  - {id: d, name: District}
                  - {id: s1, name: Sub, level: SUB_DISTRICT, parent: nowhere}
                """))
                .hasMessageContaining("regions[1].parent").hasMessageContaining("'nowhere' does not exist");
    }

    @Test
    void rejectsASensorInARegionThatDoesNotExist() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("region: c1", "region: c9")))
                .hasMessageContaining("sensors[0].region").hasMessageContaining("region 'c9' does not exist");
    }

    @Test
    void rejectsATargetForARegionThatDoesNotExist() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + """
                targets:
                  - {id: t1, region: x, indicator: good_day_ratio, value: 72, unit: "%", year: 2026, direction: AT_LEAST, source: illustrative}
                """))
                .hasMessageContaining("targets[0].region").hasMessageContaining("'x' does not exist");
    }

    @Test
    void requiresExactlyOneDistrict() {
        assertThatThrownBy(() -> parse("""
                version: "1"
                regions:
                  - {id: d1, name: One}
                  - {id: d2, name: Two}
                """))
                .hasMessageContaining("exactly one region of level DISTRICT, found 2");
        assertThatThrownBy(() -> parse("""
                version: "1"
                regions:
                  - {id: s1, name: Sub, level: SUB_DISTRICT, parent: s2}
                  - {id: s2, name: Sub, level: SUB_DISTRICT, parent: s1}
                """))
                .hasMessageContaining("found 0");
    }

    @Test
    void rejectsACommunityDirectlyUnderTheDistrict() {
        assertThatThrownBy(() -> parse("""
                version: "1"
                regions:
                  - {id: d, name: District}
                  - {id: c1, name: Community, level: COMMUNITY, parent: d}
                """))
                .hasMessageContaining("regions[1]").hasMessageContaining("must lie in a SUB_DISTRICT");
    }

    @Test
    void rejectsASensorClassThatDoesNotFitItsKind() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("class: REFERENCE", "class: METER")))
                .hasMessageContaining("sensors[0].class").hasMessageContaining("class METER does not fit kind air");
    }

    @Test
    void rejectsAMeasuredKeyOfAnotherKind() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("[pm25, pm10]", "[pm25, gas_m3]")))
                .hasMessageContaining("sensors[0].measures[1]").hasMessageContaining("'gas_m3' is not a air value key");
    }

    @Test
    void rejectsUnknownEnumNamesListingTheAllowedOnes() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("class: REFERENCE", "class: reference")))
                .hasMessageContaining("'reference' is not one of NATIONAL_CONTROL, REFERENCE");
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("kind: air", "kind: water")))
                .hasMessageContaining("sensors[0].kind").hasMessageContaining("'water' is not one of air, energy, network");
    }

    @Test
    void rejectsAnUnknownTimeZoneAndAnUnquotedNumericVersion() {
        assertThatThrownBy(() -> parse("version: \"1\"\ntimeZone: Mars/Olympus\n" + REGIONS))
                .hasMessageContaining("timeZone").hasMessageContaining("unknown time zone 'Mars/Olympus'");
        assertThatThrownBy(() -> parse("version: 1.10\n" + REGIONS))
                .hasMessageContaining("version").hasMessageContaining("expected text");
    }

    @Test
    void rejectsIdsThatCannotTravelInATopic() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("id: aq-1", "id: aq/1")))
                .hasMessageContaining("sensors[0].id").hasMessageContaining("'aq/1'");
    }

    @Test
    void rejectsCoordinatesOutOfRangeAndANonPositiveInterval() {
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("lat: 37.8", "lat: 137.8")))
                .hasMessageContaining("sensors[0].lat");
        assertThatThrownBy(() -> parse("version: \"1\"\n" + REGIONS + SENSOR.replace("intervalSeconds: 300", "intervalSeconds: 0")))
                .hasMessageContaining("sensors[0].intervalSeconds");
    }

    @Test
    void rejectsInvalidYamlWithItsLine() {
        assertThatThrownBy(() -> parse("version: \"1\"\nregions: [\n  - {id: d"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("not valid YAML").hasMessageContaining("line");
    }

    @Test
    void rejectsAnEmptyDocument() {
        assertThatThrownBy(() -> parse("# nothing\n")).hasMessageContaining("empty");
    }

    @Test
    void rejectsARollupClassThatIsNotAnAirStation() {
        assertThatThrownBy(() -> parse("version: \"1\"\nairRollup:\n  stationClasses: [METER]\n" + REGIONS))
                .hasMessageContaining("airRollup.stationClasses[0]").hasMessageContaining("not an air-station class");
    }
}
