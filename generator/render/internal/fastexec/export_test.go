package fastexec

import "reflect"

// CalledDirectly reports whether Execute calls f without
// reflect.Value.Call.
func CalledDirectly(f any) bool { return directCaller(reflect.ValueOf(f)) != nil }
