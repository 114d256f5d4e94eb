package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.util.List;
import java.util.Map;

/** What a parse step hands back: blocks in reading order and the selected properties. */
record Parsed(List<RawBlock> blocks, Map<String, List<String>> properties) {

  Parsed {
    blocks = List.copyOf(blocks);
    properties = Map.copyOf(properties);
  }
}
