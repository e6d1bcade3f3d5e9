"""Pydantic models that Prefect renders as run forms. They carry case references and ids only.

Free text (a decision's rationale, its immediate actions) never goes into a form: it is stored
in cspr first (`cspr decide REF --draft ...`) and the form names the draft by its id.
"""

from pydantic import BaseModel, ConfigDict, Field


class DecisionDraftForm(BaseModel):
    """The ICSC's decision to record: the case and the id of the draft stored in cspr."""

    model_config = ConfigDict(extra="forbid")

    reference: str = Field(
        pattern=r"^[A-Z][A-Z0-9]{1,9}-\d{4}-\d{4}$",
        description="Case reference, e.g. CHSCP-2026-0001 (never a name)",
    )
    draft_id: int = Field(gt=0, description="The draft's id, as `cspr decide REF --draft ...` printed it")
