// Memory a large answer used goes back to the system once the console is done with it.
#pragma once

namespace eucora {

// glibc keeps memory freed by worker threads in their arenas: after a refresh of a large panel
// tens of megabytes stay resident. A second after the last call, the free pages of every arena
// are handed back (malloc_trim), on a thread of its own. Call it from the GUI thread when a
// large answer has been taken apart. Elsewhere it does nothing.
void returnFreedMemorySoon();

} // namespace eucora
