// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:283-298
// (validateTransition(ApplicationUser, Long, int, IssueInputParameters), transition),
// :372-379 (validateAssign(ApplicationUser, Long, String), assign), :285 newIssueInputParameters;
// overbaard/overbaard@ed074a4 (Jira 9.4.1) BoardManagerImpl.java:130,175 and
// linked-planet/kotlin-atlassian-client@93f03ac (Jira 9.4.2) SdkJiraIssueOperator.kt:97
// (validateUpdate(ApplicationUser, Long, IssueInputParameters)); update(ApplicationUser,
// UpdateValidationResult) and the nested result classes: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../bc/issue/IssueService.java:164,460,509,554,575,616 (9.x code calls only the
// four-argument update). Every member: docs/jira-api-references.md.
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.user.ApplicationUser;

/** Changes issues the way a user would: with the user's permissions and the workflow's rules. */
public interface IssueService {
  IssueInputParameters newIssueInputParameters();

  UpdateValidationResult validateUpdate(
      ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

  IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

  TransitionValidationResult validateTransition(
      ApplicationUser user, Long issueId, int actionId, IssueInputParameters issueInputParameters);

  IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

  AssignValidationResult validateAssign(ApplicationUser user, Long issueId, String assignee);

  IssueResult assign(ApplicationUser user, AssignValidationResult assignResult);

  /** The base of the issue results. */
  abstract class IssueValidationResult extends ServiceResultImpl {
    IssueValidationResult() {
      throw new UnsupportedOperationException("stub");
    }
  }

  class UpdateValidationResult extends IssueValidationResult {
    private UpdateValidationResult() {
      throw new UnsupportedOperationException("stub");
    }
  }

  class AssignValidationResult extends IssueValidationResult {
    private AssignValidationResult() {
      throw new UnsupportedOperationException("stub");
    }
  }

  class IssueResult extends IssueValidationResult {
    private IssueResult() {
      throw new UnsupportedOperationException("stub");
    }
  }

  class TransitionValidationResult extends ServiceResultImpl {
    private TransitionValidationResult() {
      throw new UnsupportedOperationException("stub");
    }
  }
}
