package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions that one container holds: a pathway's actions, or the cross-cutting actions. Most
 * action rules look at each group alike; this gives them the groups, the pathway number the ids
 * in a group should name, and the pointers into the group.
 *
 * @param pathwayIndex the index of the pathway in the document; -1 for the cross-cutting actions
 * @param pathwayNumber the pathway number that the ids in this group should name; 0 for the
 *     cross-cutting actions
 * @param actions the actions, in document order
 */
record ActionGroup(int pathwayIndex, int pathwayNumber, List<Action> actions) {

  /** Returns each pathway's actions in document order, then the cross-cutting actions. */
  static List<ActionGroup> of(Roadmap roadmap) {
    List<Pathway> pathways = roadmap.pathways();
    List<ActionGroup> groups = new ArrayList<>(pathways.size() + 1);
    for (int i = 0; i < pathways.size(); i++) {
      Pathway pathway = pathways.get(i);
      groups.add(new ActionGroup(i, pathway.number(), pathway.actions()));
    }
    groups.add(new ActionGroup(-1, 0, roadmap.crossCuttingActions()));
    return groups;
  }

  /** Tells whether this is the cross-cutting actions rather than a pathway's. */
  boolean isCrossCutting() {
    return pathwayNumber == 0;
  }

  /**
   * Returns the JSON Pointer of the actions array, such as {@code /pathways/3/actions}. Made on
   * demand: most groups of most documents need none, and every rule walks every group.
   */
  DocumentPointer pointer() {
    return pathwayIndex < 0
        ? DocumentPointer.of(DocumentKeys.CROSS_CUTTING_ACTIONS)
        : DocumentPointer.of(DocumentKeys.PATHWAYS, pathwayIndex, DocumentKeys.ACTIONS);
  }

  /** Returns the pointer of member {@code key} of action {@code index}: {@code .../2/id}. */
  DocumentPointer pointer(int index, String key) {
    return pointer().index(index).key(key);
  }

  /** Tells whether action {@code index}'s id names this group's pathway. */
  boolean holdsOwnId(int index) {
    return actions.get(index).id().pathway() == pathwayNumber;
  }

  /** Says where the group is: "in pathway 4" or "among the cross-cutting actions". */
  String where() {
    return isCrossCutting() ? "among the cross-cutting actions" : "in pathway " + pathwayNumber;
  }
}
