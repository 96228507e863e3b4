package search

// encodeIDs writes a strictly increasing id list compactly: a positive number
// is the gap from the previous id (the first id's gap is from -1, so it is
// id+1), and a negative number -k stands for the k ids that directly follow
// the previous one. So [0 1 2 3 9] is [-4 6], [5 6 7] is [6 -2] and [4 10]
// is [5 6]. A run is used only for two or more ids, where it never costs
// more than the gaps it replaces.
func encodeIDs[ID int | int32](ids []ID) []int {
	out := make([]int, 0, len(ids))
	prev := -1
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && ids[j+1] == ids[j]+1 {
			j++
		}
		if int(ids[i]) == prev+1 && j > i {
			out = append(out, -(j - i + 1))
			prev = int(ids[j])
			i = j + 1
			continue
		}
		out = append(out, int(ids[i])-prev)
		prev = int(ids[i])
		i++
	}
	return out
}

// decodeIDs reverses encodeIDs.
func decodeIDs(enc []int) []int {
	var ids []int
	prev := -1
	for _, v := range enc {
		if v > 0 {
			prev += v
			ids = append(ids, prev)
			continue
		}
		for k := 0; k < -v; k++ {
			prev++
			ids = append(ids, prev)
		}
	}
	return ids
}
