"""The local stack without Docker: a single-node Kafka, the Versity S3 gateway and the four
services as background processes, with pid files and logs under var/.

    up(settings, with_services=True) -> StackReport
    down(settings) -> StackReport
    status(settings) -> StackReport
"""

from .layout import ToolMissing, default_cache_dir
from .report import PartStatus, StackReport
from .services import ServiceSpec
from .stack import down, status, up

__all__ = [
    "PartStatus",
    "ServiceSpec",
    "StackReport",
    "ToolMissing",
    "default_cache_dir",
    "down",
    "status",
    "up",
]
