"""Bad input from a person, named by a problem that the handler explains in their language."""

from __future__ import annotations

from enum import Enum
from typing import Generic, TypeVar

ProblemT = TypeVar("ProblemT", bound=Enum)


class InputProblem(ValueError, Generic[ProblemT]):
    def __init__(self, problem: ProblemT) -> None:
        super().__init__(str(problem.value))
        self.problem = problem
