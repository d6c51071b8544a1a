package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildAndValidateTest {

  @Test
  void printsTheDuplicateIdAndTheGap() {
    List<String> lines = ExampleRunner.run(BuildAndValidate::main);
    assertEquals(3, lines.size(), lines::toString);
    assertEquals("ERROR duplicate-action-id at /pathways/0/actions/1/id", lines.get(0).split(": ")[0]);
    assertEquals("WARNING action-numbering-gap at /pathways/0/actions/2/id", lines.get(1).split(": ")[0]);
    assertEquals("not valid", lines.get(2));
  }
}
