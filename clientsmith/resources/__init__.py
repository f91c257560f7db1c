"""Declarative hand-written clients: typed methods that become operations.

::

    from typing import Annotated

    from clientsmith import Client
    from clientsmith.resources import Header, Resource, get, post, resource


    class Petstore(Client):
        @resource(path="/pets")
        class Pets(Resource):
            @get("/{pet_id}")
            def fetch(self, pet_id: int) -> Pet: ...

            @post()
            def create(self, pet: NewPet) -> Pet: ...

        pets: Pets

See ``docs/declarative.md``.
"""

from .decorators import Endpoint as Endpoint
from .decorators import delete as delete
from .decorators import get as get
from .decorators import patch as patch
from .decorators import post as post
from .decorators import put as put
from .params import Body as Body
from .params import Cookie as Cookie
from .params import Header as Header
from .params import Path as Path
from .params import Query as Query
from .resource import Resource as Resource
from .resource import resource as resource
from .signature import DeclarationError as DeclarationError

__all__ = [
    "Body",
    "Cookie",
    "DeclarationError",
    "Endpoint",
    "Header",
    "Path",
    "Query",
    "Resource",
    "delete",
    "get",
    "patch",
    "post",
    "put",
    "resource",
]
